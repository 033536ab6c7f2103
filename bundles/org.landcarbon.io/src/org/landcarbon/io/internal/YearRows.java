package org.landcarbon.io.internal;

import org.landcarbon.model.text.Texts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data rows of a table with the years in column A and one quantity per column, as in the wide
 * layout and a publication's table of reported values: checks the years (each once) and the row
 * widths, reads each non-empty cell as a number, and hands every number to the caller.
 */
final class YearRows {

    /** Receives each number read; {@code year} is {@code null} when the row's year is unusable. */
    @FunctionalInterface
    interface NumberCell {
        void accept(CellTable.Row row, Integer year, int column, String header, double value, String text);
    }

    private YearRows() {
    }

    /** True when the header's first cell names the year column; otherwise reports that it must. */
    static boolean yearColumn(String src, CellTable.Row header, Problems problems) {
        if (ColumnNames.isYear(header.cell(1))) {
            return true;
        }
        problems.error(src, header.number(), 1, header.cell(1), "the first column must hold the years, "
                + "with the header 'year' or '年份'");
        return false;
    }

    /** The row of units below the header (its first cell {@code unit} / 单位), or {@code null}. */
    static CellTable.Row unitRow(List<CellTable.Row> rows) {
        return rows.size() > 1 && ColumnNames.isUnitLabel(rows.get(1).cell(1)) ? rows.get(1) : null;
    }

    /** Reads the rows from index {@code first} on, below {@code header}. */
    static void read(CellTable table, CellTable.Row header, int first, Problems problems, NumberCell out) {
        String src = table.source();
        List<CellTable.Row> rows = table.rows();
        int width = header.cells().size();
        Map<Integer, Integer> yearRows = new HashMap<>();
        for (CellTable.Row row : rows.subList(first, rows.size())) {
            if (table.fixedWidth() && row.cells().size() != width) {
                problems.error(src, row.number(), 0, null, "ragged row: " + row.cells().size()
                        + " cells where the header has " + width);
            }
            Cells.Parsed year = Cells.year(row.cell(1));
            Integer usable = null;
            if (!year.ok()) {
                problems.error(src, row.number(), 1, header.cell(1), year.error());
            } else {
                Integer earlier = yearRows.putIfAbsent((int) year.value(), row.number());
                if (earlier != null) {
                    problems.error(src, row.number(), 1, header.cell(1), "duplicate year " + (int) year.value()
                            + " (also row " + earlier + ")");
                } else {
                    usable = (int) year.value();
                }
            }
            for (int c = 2; c <= Math.max(row.cells().size(), width); c++) {
                String text = row.cell(c);
                if (text.isEmpty()) {
                    continue;
                }
                String columnHeader = header.cell(c);
                if (columnHeader.isEmpty()) {
                    problems.error(src, row.number(), c, null, "a value in a column without a header: " + Texts.quote(text));
                    continue;
                }
                Cells.Parsed v = Cells.number(text);
                if (!v.ok()) {
                    problems.error(src, row.number(), c, columnHeader, v.error());
                    continue;
                }
                out.accept(row, usable, c, columnHeader, v.value(), text);
            }
        }
    }
}
