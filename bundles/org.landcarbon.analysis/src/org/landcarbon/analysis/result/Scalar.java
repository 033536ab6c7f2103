package org.landcarbon.analysis.result;

/** A single number, e.g. the development coefficient {@code a} or the ratio {@code C}. */
public record Scalar(String key, String label, double value, String unit, String provenance) implements ResultItem {
    public Scalar {
        key = Items.key(key);
        label = Items.text(label, key);
        unit = Items.text(unit, "");
        provenance = Items.text(provenance, "");
    }
}
