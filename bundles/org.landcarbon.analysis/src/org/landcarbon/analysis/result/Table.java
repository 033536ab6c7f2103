package org.landcarbon.analysis.result;

import java.util.List;
import java.util.Objects;

/**
 * Numbers in rows and columns, e.g. the dynamic degree of each class (rows) in each period (columns).
 * JSON writes it as {@code {row: {column: value}}}; NaN cells are "not defined" (written as null).
 */
public record Table(String key, String label, String rowName, List<String> rows, String columnName, List<String> columns,
        double[][] values, String unit, String provenance) implements ResultItem {
    public Table {
        key = Items.key(key);
        label = Items.text(label, key);
        rowName = Items.text(rowName, "row");
        rows = List.copyOf(rows);
        columnName = Items.text(columnName, "column");
        columns = List.copyOf(columns);
        Objects.requireNonNull(values, "values");
        Items.checkShape(key, values, rows.size(), columns.size());
        unit = Items.text(unit, "");
        provenance = Items.text(provenance, "");
    }

    public double get(String row, String column) {
        return values[Items.indexOf(key, rows, row)][Items.indexOf(key, columns, column)];
    }
}
