package org.landcarbon.analysis.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Named words in order, e.g. the conventions a model used, or the decoupling state of each period. */
public record TextMap(String key, String label, Map<String, String> values, String provenance) implements ResultItem {
    public TextMap {
        key = Items.key(key);
        label = Items.text(label, key);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        provenance = Items.text(provenance, "");
    }

    @Override
    public String unit() {
        return "";
    }
}
