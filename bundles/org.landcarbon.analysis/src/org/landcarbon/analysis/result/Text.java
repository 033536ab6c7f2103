package org.landcarbon.analysis.result;

/** A word or sentence, e.g. the accuracy grade or the normalization used. */
public record Text(String key, String label, String text, String provenance) implements ResultItem {
    public Text {
        key = Items.key(key);
        label = Items.text(label, key);
        text = Items.text(text, "");
        provenance = Items.text(provenance, "");
    }

    @Override
    public String unit() {
        return "";
    }
}
