package org.landcarbon.analysis.result;

import java.util.List;

/** An ordered list of words, e.g. a ranking (best first) or the years where the actual value exceeds the fit. */
public record TextList(String key, String label, List<String> values, String provenance) implements ResultItem {
    public TextList {
        key = Items.key(key);
        label = Items.text(label, key);
        values = List.copyOf(values);
        provenance = Items.text(provenance, "");
    }

    @Override
    public String unit() {
        return "";
    }
}
