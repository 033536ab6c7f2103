package org.landcarbon.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.landcarbon.io.internal.SeriesCatalog.SeriesType;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.UncertaintyColumns;
import org.landcarbon.model.units.Unit;

/**
 * The long layout with regions: one row per region, year, series and value. Columns are found by their header
 * (any order, case-insensitive, English or Chinese): region code, region name, year, series (or land class),
 * value, and optionally unit and parent (the code of the region a new one goes under), and the range columns of
 * {@link UncertaintyColumns#NAMES} (a region's series range, read as the study's long layout reads it). See
 * docs/regions.md.
 */
public final class RegionLongLayout {

    enum Column {
        CODE("region code", Set.of("region code", "region_code", "regioncode", "code", "adcode", "区划代码", "行政区划代码", "地区代码", "代码", "编码")),
        NAME("region name", Set.of("region name", "region_name", "region", "name", "地区", "地区名称", "区域", "名称", "行政区", "行政区名称")),
        YEAR("year", Set.of("year", "years", "年份", "年", "年度")),
        SERIES("series", Set.of("series", "class", "land class", "land_class", "指标", "序列", "项目", "地类", "类型", "土地类型")),
        VALUE("value", Set.of("value", "数值", "值", "area", "面积")),
        UNIT("unit", Set.of("unit", "units", "单位")),
        PARENT("parent", Set.of("parent", "parent code", "parent_code", "上级代码", "上级区划代码", "上级"));

        final String name;
        final Set<String> aliases;

        Column(String name, Set<String> aliases) {
            this.name = name;
            this.aliases = aliases;
        }

        static Optional<Column> of(String header) {
            String h = ColumnNames.split(header).name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            for (Column c : values()) {
                if (c.aliases.contains(h)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    private RegionLongLayout() {
    }

    /** True when the header names a region code, a year, a series and a value column. */
    public static boolean looksRegional(CellTable.Row header) {
        List<Column> found = new ArrayList<>();
        for (int c = 1; c <= CellTable.width(header); c++) {
            Column.of(header.cell(c)).ifPresent(found::add);
        }
        return found.containsAll(List.of(Column.CODE, Column.YEAR, Column.SERIES, Column.VALUE));
    }

    public static void parse(CellTable table, Study study, Problems problems, List<RegionRaw> out, RawRanges ranges) {
        String src = table.source();
        List<CellTable.Row> rows = table.rows();
        if (rows.isEmpty()) {
            problems.fileError(src, "the file is empty");
            return;
        }
        CellTable.Row header = rows.get(0);
        Map<Column, Integer> at = new LinkedHashMap<>();
        Map<String, Integer> rangeColumns = new LinkedHashMap<>();
        boolean ok = true;
        for (int c = 1; c <= CellTable.width(header); c++) {
            Optional<Column> col = Column.of(header.cell(c));
            String rangeName = header.cell(c).toLowerCase(Locale.ROOT);
            if (col.isEmpty() && UncertaintyColumns.NAMES.contains(rangeName)) {
                if (rangeColumns.putIfAbsent(rangeName, c) != null) {
                    problems.error(src, header.number(), c, header.cell(c), "the column " + rangeName + " appears twice");
                    ok = false;
                }
            } else if (col.isEmpty()) {
                problems.error(src, header.number(), c, header.cell(c), "unexpected column: the region layout has region code, "
                        + "region name, year, series, value and optionally unit, parent and the range columns "
                        + String.join(", ", UncertaintyColumns.NAMES));
                ok = false;
            } else if (at.putIfAbsent(col.get(), c) != null) {
                problems.error(src, header.number(), c, header.cell(c), "a second " + col.get().name + " column (also column "
                        + org.landcarbon.io.ImportProblem.columnLetters(at.get(col.get())) + ")");
                ok = false;
            }
        }
        for (Column required : List.of(Column.CODE, Column.YEAR, Column.SERIES, Column.VALUE)) {
            if (!at.containsKey(required)) {
                problems.error(src, header.number(), 0, null, "no " + required.name + " column (headers such as "
                        + String.join(", ", required.aliases.stream().sorted().limit(4).toList()) + ")");
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
        int valueCol = at.get(Column.VALUE);
        String headerUnit = ColumnNames.split(header.cell(valueCol)).unit();
        for (CellTable.Row row : rows.subList(1, rows.size())) {
            if (table.fixedWidth() && row.cells().size() != header.cells().size()) {
                problems.error(src, row.number(), 0, null, "ragged row: " + row.cells().size() + " cells where the header has "
                        + header.cells().size());
                continue;
            }
            String code = row.cell(at.get(Column.CODE));
            if (code.isEmpty()) {
                problems.error(src, row.number(), at.get(Column.CODE), header.cell(at.get(Column.CODE)), "no region code");
            }
            Cells.Parsed year = Cells.year(row.cell(at.get(Column.YEAR)));
            if (!year.ok()) {
                problems.error(src, row.number(), at.get(Column.YEAR), header.cell(at.get(Column.YEAR)), year.error());
            }
            int seriesCol = at.get(Column.SERIES);
            String name = row.cell(seriesCol);
            Optional<SeriesType> series = Optional.empty();
            if (name.isEmpty()) {
                problems.error(src, row.number(), seriesCol, header.cell(seriesCol), "no series");
            } else {
                series = ColumnNames.resolve(name, study);
                if (series.isEmpty()) {
                    problems.error(src, row.number(), seriesCol, header.cell(seriesCol), "unknown series or land class '" + name
                            + "'; use a series id such as area.forest, or a land class of the study: " + ColumnNames.classList(study));
                }
            }
            if (!code.isEmpty() && series.isPresent() && !rangeColumns.isEmpty()) {
                LongLayout.range(table, header, row, code, series.get().id(), rangeColumns, problems, ranges);
            }
            String text = row.cell(valueCol);
            if (text.isEmpty()) {
                continue; // a missing value, or a row giving a range only
            }
            Cells.Parsed v = Cells.number(text);
            if (!v.ok()) {
                problems.error(src, row.number(), valueCol, header.cell(valueCol), v.error());
            } else if (v.value() < 0) {
                problems.error(src, row.number(), valueCol, header.cell(valueCol), "negative value " + text
                        + " (areas and amounts cannot be negative)");
            }
            Optional<Unit> unit = Optional.empty();
            String unitText = null;
            if (series.isPresent()) {
                if (at.containsKey(Column.UNIT)) {
                    int uc = at.get(Column.UNIT);
                    unitText = row.cell(uc);
                    unit = UnitCheck.check(unitText, series.get(), study, problems, src, row.number(), uc, header.cell(uc),
                            "the unit column must name it, e.g. '" + series.get().usualUnit() + "'");
                } else {
                    unitText = headerUnit != null ? headerUnit : studyUnit(study, series.get().id());
                    if (unitText == null) {
                        problems.error(src, row.number(), valueCol, header.cell(valueCol), "no unit for " + series.get().id()
                                + ": add a unit column, or give it in the header, e.g. 'value [" + series.get().usualUnit() + "]'");
                    } else {
                        unit = UnitCheck.check(unitText, series.get(), study, problems, src, row.number(), valueCol,
                                header.cell(valueCol), "");
                    }
                }
            }
            if (!code.isEmpty() && series.isPresent() && unit.isPresent() && year.ok() && v.ok() && v.value() >= 0) {
                String regionName = at.containsKey(Column.NAME) ? row.cell(at.get(Column.NAME)) : "";
                String parent = at.containsKey(Column.PARENT) ? row.cell(at.get(Column.PARENT)) : "";
                RawValue raw = new RawValue(series.get(), (int) year.value(), v.value(), unit.get(), unitText, src, row.number(),
                        valueCol, header.cell(valueCol), table.origin() + ":" + row.number());
                out.add(new RegionRaw(code, regionName, parent, raw, null));
            }
        }
    }

    // Without a unit column, the values are in the unit of the study's series (the top region's).
    private static String studyUnit(Study study, String id) {
        return study.getSeries().stream().filter(s -> id.equals(s.getId())).map(Series::getUnit)
                .filter(u -> u != null && !u.isBlank()).findFirst().orElse(null);
    }
}
