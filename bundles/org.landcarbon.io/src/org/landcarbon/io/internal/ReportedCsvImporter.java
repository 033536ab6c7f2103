package org.landcarbon.io.internal;

import org.landcarbon.model.text.Texts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.ReportedChange;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.LandClassAliases;
import org.landcarbon.model.units.Unit;

/**
 * A publication's table of reported values: {@code #} comment lines, then {@code year} and one column
 * per account component (docs/study-conventions.md), one row per year. A column's unit is in its
 * header ({@code forest [10^4 t C]}), in a second row starting with {@code unit}, or given for all.
 * Values are kept as published: no conversion, and negative values are allowed (a net sink).
 */
public final class ReportedCsvImporter implements StudyImporter {

    /** The format id (ReportedImports.CSV_FORMAT names it for callers; internal code never reaches back up). */
    public static final String FORMAT = "reported-csv";

    /** Component ids, with the names publications use for them. */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();
    private static final Unit CARBON = Unit.parse("t C");
    private static final Unit CO2 = Unit.parse("t CO2");

    static {
        for (String id : List.of("garden", "forest", "grassland", "unused", "water", "cropland", "construction",
                "agricultural_land", "sinks_total", "sources_total", "net")) {
            COMPONENTS.put(id, id);
        }
        COMPONENTS.put("agricultural_land_source", "agricultural_land");
        COMPONENTS.put("园地", "garden");
        COMPONENTS.put("林地", "forest");
        COMPONENTS.put("草地", "grassland");
        COMPONENTS.put("未利用地", "unused");
        COMPONENTS.put("水域", "water");
        COMPONENTS.put("耕地", "cropland");
        COMPONENTS.put("建设用地", "construction");
    }

    private record Column(String header, String component, String unit) {
    }

    private final String source;
    private final String unitText;
    private final Unit unit;

    /** See ReportedImports.csv(String, String). */
    public ReportedCsvImporter(String source, String unit) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("reported values need their source (the publication and table)");
        }
        this.source = source.strip();
        this.unitText = unit == null || unit.isBlank() ? null : unit.strip();
        this.unit = unitText == null ? null : carbonUnit(unitText).orElseThrow(() -> new IllegalArgumentException(
                "unit " + Texts.quote(unitText) + " is not a mass of carbon or CO2, e.g. '10^4 t C'"));
    }

    @Override
    public String id() {
        return FORMAT;
    }

    @Override
    public String name() {
        return "CSV of reported values (year, one column per component)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv", "txt", "tsv");
    }

    @Override
    public ImportPreview preview(Path file, Study study) {
        Problems problems = new Problems();
        List<ReportedChange> changes = new ArrayList<>();
        CsvTables.read(file, problems, true).ifPresent(t -> parse(t, study, problems, changes));
        if (changes.isEmpty() && !problems.hasErrors()) {
            problems.fileError(ImportPlanner.fileName(file), "no values: every data cell is empty");
        }
        return new ImportPreview(file, id(), List.of(), changes, problems.list());
    }

    private void parse(CellTable table, Study study, Problems problems, List<ReportedChange> out) {
        String src = table.source();
        List<CellTable.Row> rows = table.rows();
        if (rows.isEmpty()) {
            problems.fileError(src, "no table: the file holds only # comment lines and blank rows");
            return;
        }
        CellTable.Row header = rows.get(0);
        if (!YearRows.yearColumn(src, header, problems)) {
            return;
        }
        CellTable.Row unitRow = YearRows.unitRow(rows);
        int next = unitRow == null ? 1 : 2;
        List<Column> columns = columns(src, header, unitRow, problems);
        if (rows.size() <= next) {
            problems.fileError(src, "only a header, no data rows below it");
            return;
        }
        YearRows.read(table, header, next, problems, (row, year, c, columnHeader, value, text) -> {
            Column col = columns.get(c - 2);
            if (year != null && col.component() != null && col.unit() != null) {
                warnOutsideStudy(study, year, src, row.number(), c, columnHeader, problems);
                out.add(new ReportedChange(year, col.component(), value, col.unit(), source,
                        previous(study, year, col.component(), src, row.number(), c, columnHeader, problems)));
            }
        });
    }

    private List<Column> columns(String src, CellTable.Row header, CellTable.Row unitRow, Problems problems) {
        List<Column> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        // Said once, not once per column, when the table gives no unit at all.
        boolean noUnitAnywhere = unit == null && unitRow == null
                && header.cells().stream().skip(1).allMatch(h -> h == null || ColumnNames.split(h.strip()).unit() == null);
        if (noUnitAnywhere) {
            problems.error(src, header.number(), 0, null, "no unit for the values; give one for all columns "
                    + "(--unit '10^4 t C') or write each column's unit in its header, e.g. 'forest [10^4 t C]'");
        }
        for (int c = 2; c <= header.cells().size(); c++) {
            String text = header.cell(c);
            if (text.isEmpty()) {
                columns.add(new Column("", null, null));
                continue;
            }
            ColumnNames.Header h = ColumnNames.split(text);
            String component = COMPONENTS.getOrDefault(h.name().toLowerCase(Locale.ROOT),
                    LandClassAliases.standardId(h.name()).orElse(null)); // "Woodland", "Built-up land" as papers write them
            if (component == null) {
                problems.error(src, header.number(), c, text, "unknown component '" + h.name() + "'; use one of "
                        + String.join(", ", COMPONENTS.keySet().stream().filter(k -> COMPONENTS.get(k).equals(k)).toList())
                        + " (docs/study-conventions.md)");
                columns.add(new Column(text, null, null));
                continue;
            }
            Integer earlier = seen.putIfAbsent(component, c);
            if (earlier != null) {
                problems.error(src, header.number(), c, text, "duplicate column: " + component + " is also column "
                        + ImportProblem.columnLetters(earlier));
                columns.add(new Column(text, null, null));
                continue;
            }
            columns.add(new Column(text, component,
                    noUnitAnywhere ? null : columnUnit(src, header, unitRow, c, h.unit(), problems)));
        }
        return columns;
    }

    /** The column's unit symbol, or {@code null} after reporting why there is none. */
    private String columnUnit(String src, CellTable.Row header, CellTable.Row unitRow, int c, String inHeader,
            Problems problems) {
        String text = inHeader;
        int row = header.number();
        if (unitRow != null && !unitRow.cell(c).isEmpty()) {
            if (text != null && !Units.parse(text).equals(Units.parse(unitRow.cell(c)))) {
                problems.error(src, unitRow.number(), c, header.cell(c), "two different units: '" + text
                        + "' in the header and " + Texts.quote(unitRow.cell(c)) + " in the unit row");
                return null;
            }
            text = unitRow.cell(c);
            row = unitRow.number();
        }
        if (text == null) {
            if (unit == null) {
                problems.error(src, header.number(), c, header.cell(c), "no unit; give one for all columns "
                        + "(--unit '10^4 t C') or write it in the header, e.g. 'forest [10^4 t C]'");
                return null;
            }
            return unit.symbol();
        }
        Optional<Unit> u = carbonUnit(text);
        if (u.isEmpty()) {
            problems.error(src, row, c, header.cell(c), Units.parse(text).isEmpty() ? "unknown unit " + Texts.quote(text)
                    : "unit " + Texts.quote(text) + " is not a mass of carbon or CO2, e.g. '10^4 t C'");
            return null;
        }
        if (unit != null && !unit.equals(u.get())) {
            problems.error(src, row, c, header.cell(c), "unit " + Texts.quote(text) + " here but '" + unitText
                    + "' given for all columns");
            return null;
        }
        return u.get().symbol();
    }

    private static Optional<Unit> carbonUnit(String text) {
        return Units.parse(text).filter(u -> u.isCompatible(CARBON) || u.isCompatible(CO2));
    }

    private Double previous(Study study, int year, String component, String src, int row, int column, String header,
            Problems problems) {
        Double previous = null;
        for (ReportedValue v : study.getReportedValues()) {
            if (v.getYear() != year || !component.equals(v.getComponent())) {
                continue;
            }
            if (source.equals(v.getSource())) {
                previous = v.getValue();
            } else {
                problems.warning(src, row, column, header, "the study also has a reported " + component + " for "
                        + year + " from another source: " + v.getSource());
            }
        }
        return previous;
    }

    private static void warnOutsideStudy(Study study, int year, String src, int row, int column, String header,
            Problems problems) {
        if (study.getStartYear() > 0 && study.getEndYear() >= study.getStartYear()
                && (year < study.getStartYear() || year > study.getEndYear())) {
            problems.warning(src, row, column, header, "year " + year + " is outside the study's years "
                    + study.getStartYear() + "-" + study.getEndYear());
        }
    }
}
