package org.landcarbon.analysis.result;

import java.util.List;
import java.util.Objects;

/** Numbers keyed by names, e.g. the relational degree of each column or a rate per period. */
public record KeyedValues(String key, String label, String keyName, List<String> keys, double[] values, String unit,
        String provenance) implements ResultItem {
    public KeyedValues {
        key = Items.key(key);
        label = Items.text(label, key);
        keyName = Items.text(keyName, "name");
        keys = List.copyOf(keys);
        Objects.requireNonNull(values, "values");
        if (keys.size() != values.length) {
            throw new IllegalArgumentException(key + ": " + keys.size() + " keys for " + values.length + " values");
        }
        unit = Items.text(unit, "");
        provenance = Items.text(provenance, "");
    }

    public double get(String name) {
        int i = keys.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(key + " has no entry '" + name + "'");
        }
        return values[i];
    }
}
