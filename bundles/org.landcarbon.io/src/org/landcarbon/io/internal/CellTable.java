package org.landcarbon.io.internal;

import java.util.List;

/**
 * A grid of cell texts read from a CSV file or a workbook sheet, each row with its number as a
 * spreadsheet shows it (blank rows are left out but keep the numbering).
 *
 * @param source      name used in messages, e.g. {@code data.csv} or {@code data.xlsx [wide]}
 * @param origin      prefix of each value's provenance, e.g. {@code data.csv} or {@code data.xlsx[wide]}
 * @param rows        the non-blank rows
 * @param fixedWidth  true when every row must have as many cells as the header (CSV); a sheet may
 *                    end a row early when its last cells are empty
 */
public record CellTable(String source, String origin, List<Row> rows, boolean fixedWidth) {

    public record Row(int number, List<String> cells) {

        /** The 1-based column's text, stripped; empty when the row has no such cell. */
        public String cell(int column) {
            if (column < 1 || column > cells.size()) {
                return "";
            }
            String s = cells.get(column - 1);
            return s == null ? "" : s.strip();
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** Number of cells up to the last non-blank one. */
    public static int width(Row row) {
        int w = row.cells().size();
        while (w > 0 && (row.cells().get(w - 1) == null || row.cells().get(w - 1).isBlank())) {
            w--;
        }
        return w;
    }
}
