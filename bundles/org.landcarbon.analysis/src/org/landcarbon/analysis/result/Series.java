package org.landcarbon.analysis.result;

import java.util.Objects;

/**
 * Values over a numeric index (years or an ordinal), e.g. fitted values or a forecast. A chart draws
 * it as a line. {@link Form} says how a JSON writer lays it out; a table or chart ignores it.
 */
public record Series(String key, String label, String indexName, int[] index, double[] values, String unit,
        Form form, String provenance) implements ResultItem {

    /** JSON layout. */
    public enum Form {
        /** A plain array of values aligned with the input's rows, e.g. {@code "fitted": [..]}. */
        VALUES,
        /** A list of {@code {"year": 2020, "value": ..}} objects, e.g. a forecast beyond the input. */
        POINTS,
        /** An object keyed by the index as text, e.g. {@code "diversity": {"2005": 0.68}}. */
        BY_INDEX
    }

    public Series {
        key = Items.key(key);
        label = Items.text(label, key);
        indexName = Items.text(indexName, "index");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(values, "values");
        if (index.length != values.length) {
            throw new IllegalArgumentException(key + ": " + index.length + " index values for " + values.length + " values");
        }
        unit = Items.text(unit, "");
        provenance = Items.text(provenance, "");
        form = form == null ? Form.VALUES : form;
    }
}
