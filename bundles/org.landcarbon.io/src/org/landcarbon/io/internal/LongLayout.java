package org.landcarbon.io.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.landcarbon.io.internal.SeriesCatalog.SeriesType;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.study.UncertaintyColumns;

/**
 * One row per value: {@code year, series, value, unit} (or 年份, 指标, 数值, 单位), optionally followed by the range
 * columns of {@link UncertaintyColumns#NAMES} giving the series' relative uncertainty (docs/import-export.md).
 */
public final class LongLayout {

    private static final List<Set<String>> HEADERS = List.of(Set.of("year", "年份", "年"),
            Set.of("series", "指标", "序列", "项目"), Set.of("value", "数值", "值"), Set.of("unit", "单位"));
    private static final String[] NAMES = { "year", "series", "value", "unit" };

    private LongLayout() {
    }

    /** True when the row starts with the four long-layout headers. */
    public static boolean looksLong(CellTable.Row header) {
        for (int i = 0; i < HEADERS.size(); i++) {
            if (!HEADERS.get(i).contains(header.cell(i + 1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    public static void parse(CellTable table, Study study, Problems problems, List<RawValue> out, RawRanges ranges) {
        String src = table.source();
        List<CellTable.Row> rows = table.rows();
        if (rows.isEmpty()) {
            problems.fileError(src, "the file is empty");
            return;
        }
        CellTable.Row header = rows.get(0);
        boolean ok = true;
        for (int i = 0; i < NAMES.length; i++) {
            if (!HEADERS.get(i).contains(header.cell(i + 1).toLowerCase(Locale.ROOT))) {
                problems.error(src, header.number(), i + 1, header.cell(i + 1), "expected the header '" + NAMES[i]
                        + "': the long layout's columns are year, series, value, unit");
                ok = false;
            }
        }
        Map<String, Integer> rangeColumns = new HashMap<>();
        for (int c = 5; c <= CellTable.width(header); c++) {
            String name = header.cell(c).toLowerCase(Locale.ROOT);
            if (!UncertaintyColumns.NAMES.contains(name)) {
                problems.error(src, header.number(), c, header.cell(c), "unexpected column: the long layout has "
                        + "year, series, value, unit and optionally the range columns " + String.join(", ", UncertaintyColumns.NAMES));
                ok = false;
            } else if (rangeColumns.putIfAbsent(name, c) != null) {
                problems.error(src, header.number(), c, header.cell(c), "the column " + name + " appears twice");
                ok = false;
            }
        }
        if (!ok) {
            return;
        }
        if (rows.size() == 1) {
            problems.fileError(src, "only a header, no data rows below it");
            return;
        }
        int width = header.cells().size();
        Map<String, Integer> seen = new HashMap<>();
        for (CellTable.Row row : rows.subList(1, rows.size())) {
            if (table.fixedWidth() && row.cells().size() != width) {
                problems.error(src, row.number(), 0, null, "ragged row: " + row.cells().size()
                        + " cells where the header has " + width);
            } else if (CellTable.width(row) > Math.max(4, CellTable.width(header))) {
                problems.error(src, row.number(), CellTable.width(row), null, "a value beyond the last column");
            }
            Cells.Parsed year = Cells.year(row.cell(1));
            if (!year.ok()) {
                problems.error(src, row.number(), 1, header.cell(1), year.error());
            }
            String name = row.cell(2);
            Optional<SeriesType> series = Optional.empty();
            if (name.isEmpty()) {
                problems.error(src, row.number(), 2, header.cell(2), "no series");
            } else {
                series = ColumnNames.resolve(name, study);
                if (series.isEmpty()) {
                    problems.error(src, row.number(), 2, header.cell(2), "unknown series or land class '" + name
                            + "'; use a series id such as area.forest or activity.fertilizer, or a land class of the study: "
                            + ColumnNames.classList(study));
                }
            }
            if (series.isPresent() && !rangeColumns.isEmpty()) {
                range(table, header, row, null, series.get().id(), rangeColumns, problems, ranges);
            }
            String text = row.cell(3);
            if (text.isEmpty()) {
                continue; // a missing value, e.g. in a template
            }
            Cells.Parsed v = Cells.number(text);
            if (!v.ok()) {
                problems.error(src, row.number(), 3, header.cell(3), v.error());
            } else if (v.value() < 0) {
                problems.error(src, row.number(), 3, header.cell(3), "negative value " + text
                        + " (areas and amounts cannot be negative)");
            }
            Optional<Unit> unit = Optional.empty();
            if (series.isPresent()) {
                unit = UnitCheck.check(row.cell(4), series.get(), study, problems, src, row.number(), 4, header.cell(4),
                        "the unit column must name it, e.g. '" + series.get().usualUnit() + "'");
            }
            if (series.isPresent() && year.ok()) {
                String key = series.get().id() + "@" + (int) year.value();
                Integer earlier = seen.putIfAbsent(key, row.number());
                if (earlier != null) {
                    problems.error(src, row.number(), 2, header.cell(2), "duplicate value for " + series.get().id()
                            + " in " + (int) year.value() + " (also row " + earlier + ")");
                    continue;
                }
            }
            if (series.isPresent() && unit.isPresent() && year.ok() && v.ok() && v.value() >= 0) {
                out.add(new RawValue(series.get(), (int) year.value(), v.value(), unit.get(), row.cell(4), src,
                        row.number(), 3, header.cell(3), table.origin() + ":" + row.number()));
            }
        }
    }

    /**
     * Reads a row's range cells with the parser the coefficient CSV uses; refusals name the cell. Shared with the
     * region layout ({@code regionCode} non-null there).
     */
    static void range(CellTable table, CellTable.Row header, CellTable.Row row, String regionCode, String seriesId,
            Map<String, Integer> columns, Problems problems, RawRanges ranges) {
        try {
            Uncertainty u = UncertaintyColumns.parse(c -> columns.containsKey(c) ? row.cell(columns.get(c)) : "", 0, true,
                    seriesId);
            if (u != null) {
                int c = columns.get("distribution");
                ranges.add(new RawRanges.Given(regionCode, seriesId, u, table.source(), row.number(), c, header.cell(c),
                        table.origin() + ":" + row.number()), problems);
            }
        } catch (UncertaintyColumns.Refused e) {
            String name = e.column().equals("min/max") ? "min" : e.column();
            int c = columns.getOrDefault(name, columns.getOrDefault("distribution", 0));
            problems.error(table.source(), row.number(), c, c == 0 ? null : header.cell(c), e.getMessage()
                    + (columns.containsKey(name) || e.column().equals("min/max") ? "" : " (the file has no " + name + " column)"));
        }
    }
}
