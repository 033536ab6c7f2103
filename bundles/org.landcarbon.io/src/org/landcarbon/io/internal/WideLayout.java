package org.landcarbon.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.internal.SeriesCatalog.SeriesType;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.Study;

/**
 * One row per year, one column per series: the first column holds the years, each other header
 * names a series (its id, or a land-class name) with its unit in brackets, {@code area.forest [10^4 hm2]},
 * or the units are in a second header row whose first cell is {@code unit} / 单位.
 */
public final class WideLayout {

    private record Column(int index, String header, SeriesType series, Unit unit, String unitText) {
    }

    private WideLayout() {
    }

    public static void parse(CellTable table, Study study, Problems problems, List<RawValue> out) {
        String src = table.source();
        List<CellTable.Row> rows = table.rows();
        if (rows.isEmpty()) {
            problems.fileError(src, "the file is empty");
            return;
        }
        CellTable.Row header = rows.get(0);
        if (LongLayout.looksLong(header)) {
            problems.error(src, header.number(), 0, null, "this is the long layout (year, series, value, unit); "
                    + "import it with the csv-long format");
            return;
        }
        if (!ColumnNames.isYear(header.cell(1))) {
            problems.error(src, header.number(), 1, header.cell(1), "the first column must hold the years, "
                    + "with the header 'year' or '年份'");
            return;
        }
        int next = 1;
        CellTable.Row unitRow = null;
        if (rows.size() > 1 && ColumnNames.isUnitLabel(rows.get(1).cell(1))) {
            unitRow = rows.get(1);
            next = 2;
        }
        int width = header.cells().size();
        List<Column> columns = columns(table, header, unitRow, study, problems);
        if (rows.size() <= next) {
            problems.fileError(src, "only a header, no data rows below it");
            return;
        }
        Map<Integer, Integer> yearRows = new HashMap<>();
        for (CellTable.Row row : rows.subList(next, rows.size())) {
            if (table.fixedWidth() && row.cells().size() != width) {
                problems.error(src, row.number(), 0, null, "ragged row: " + row.cells().size()
                        + " cells where the header has " + width);
            }
            Cells.Parsed year = Cells.year(row.cell(1));
            boolean useRow = year.ok();
            if (!year.ok()) {
                problems.error(src, row.number(), 1, header.cell(1), year.error());
            } else {
                Integer earlier = yearRows.putIfAbsent((int) year.value(), row.number());
                if (earlier != null) {
                    problems.error(src, row.number(), 1, header.cell(1), "duplicate year " + (int) year.value()
                            + " (also row " + earlier + ")");
                    useRow = false;
                }
            }
            for (int c = 2; c <= Math.max(row.cells().size(), width); c++) {
                String text = row.cell(c);
                if (text.isEmpty()) {
                    continue;
                }
                Column col = c <= columns.size() + 1 ? columns.get(c - 2) : null;
                if (col == null || col.header().isEmpty()) {
                    problems.error(src, row.number(), c, null, "a value in a column without a header: '" + text + "'");
                    continue;
                }
                Cells.Parsed v = Cells.number(text);
                if (!v.ok()) {
                    problems.error(src, row.number(), c, col.header(), v.error());
                    continue;
                }
                if (v.value() < 0) {
                    problems.error(src, row.number(), c, col.header(), "negative value " + text
                            + " (areas and amounts cannot be negative)");
                    continue;
                }
                if (col.series() != null && col.unit() != null && useRow) {
                    out.add(new RawValue(col.series(), (int) year.value(), v.value(), col.unit(), col.unitText(), src,
                            row.number(), c, col.header(), table.origin() + ":" + row.number()));
                }
            }
        }
    }

    private static List<Column> columns(CellTable table, CellTable.Row header, CellTable.Row unitRow, Study study,
            Problems problems) {
        String src = table.source();
        List<Column> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 2; c <= header.cells().size(); c++) {
            String text = header.cell(c);
            if (text.isEmpty()) {
                if (unitRow != null && !unitRow.cell(c).isEmpty()) {
                    problems.error(src, unitRow.number(), c, null, "a unit under an empty header");
                }
                columns.add(new Column(c, "", null, null, null));
                continue;
            }
            ColumnNames.Header h = ColumnNames.split(text);
            Optional<SeriesType> series = ColumnNames.resolve(h.name(), study);
            if (series.isEmpty()) {
                problems.error(src, header.number(), c, text, "unknown series or land class '" + h.name()
                        + "'; use a series id such as area.forest or activity.fertilizer, or a land class of the study: "
                        + ColumnNames.classList(study));
                columns.add(new Column(c, text, null, null, null));
                continue;
            }
            Integer earlier = seen.putIfAbsent(series.get().id(), c);
            if (earlier != null) {
                problems.error(src, header.number(), c, text, "duplicate column: " + series.get().id()
                        + " is also column " + ImportProblem.columnLetters(earlier));
                columns.add(new Column(c, text, null, null, null));
                continue;
            }
            String unitText = h.unit();
            int unitRowNumber = header.number();
            if (unitRow != null && !unitRow.cell(c).isEmpty()) {
                if (unitText != null && !Units.parse(unitText).equals(Units.parse(unitRow.cell(c)))) {
                    problems.error(src, unitRow.number(), c, text, "two different units: '" + unitText
                            + "' in the header and '" + unitRow.cell(c) + "' in the unit row");
                    columns.add(new Column(c, text, series.get(), null, null));
                    continue;
                }
                unitText = unitRow.cell(c);
                unitRowNumber = unitRow.number();
            }
            Optional<Unit> unit = UnitCheck.check(unitText, series.get(), study, problems, src, unitRowNumber, c, text,
                    "write it in the header, e.g. '" + series.get().id() + " [" + series.get().usualUnit()
                            + "]', or in a second row that starts with 'unit'");
            columns.add(new Column(c, text, series.get(), unit.orElse(null), unitText));
        }
        return columns;
    }
}
