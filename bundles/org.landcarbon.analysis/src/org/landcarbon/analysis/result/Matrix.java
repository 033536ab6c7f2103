package org.landcarbon.analysis.result;

import java.util.List;
import java.util.Objects;

/**
 * A square matrix over one set of labels, rows "from" and columns "to", e.g. a land-use transfer matrix
 * (area moved from class i to class j). A front end may draw it as a heat map or a chord diagram.
 */
public record Matrix(String key, String label, List<String> labels, double[][] values, String unit, String provenance)
        implements ResultItem {
    public Matrix {
        key = Items.key(key);
        label = Items.text(label, key);
        labels = List.copyOf(labels);
        Objects.requireNonNull(values, "values");
        Items.checkShape(key, values, labels.size(), labels.size());
        unit = Items.text(unit, "");
        provenance = Items.text(provenance, "");
    }

    public double get(String from, String to) {
        return values[Items.indexOf(key, labels, from)][Items.indexOf(key, labels, to)];
    }
}
