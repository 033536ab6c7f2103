package org.landcarbon.io.internal;

import org.landcarbon.model.text.Texts;

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
        if (!YearRows.yearColumn(src, header, problems)) {
            return;
        }
        CellTable.Row unitRow = YearRows.unitRow(rows);
        int next = unitRow == null ? 1 : 2;
        List<Column> columns = columns(table, header, unitRow, study, problems);
        if (rows.size() <= next) {
            problems.fileError(src, "only a header, no data rows below it");
            return;
        }
        YearRows.read(table, header, next, problems, (row, year, c, columnHeader, value, text) -> {
            Column col = columns.get(c - 2);
            if (value < 0) {
                problems.error(src, row.number(), c, columnHeader, "negative value " + text
                        + " (areas and amounts cannot be negative)");
            } else if (col.series() != null && col.unit() != null && year != null) {
                out.add(new RawValue(col.series(), year, value, col.unit(), col.unitText(), src, row.number(), c,
                        columnHeader, table.origin() + ":" + row.number()));
            }
        });
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
                            + "' in the header and " + Texts.quote(unitRow.cell(c)) + " in the unit row");
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
