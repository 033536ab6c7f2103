package org.landcarbon.scenarios;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A comparison as tables, the same for the command line, the compare editor and exports. Cells
 * are {@code String}, {@code Integer}, {@code Double} (full precision; round only for display) or
 * null for "no value".
 */
public final class ComparisonTables {

    /** A table: a header and rows of the same length. */
    public record Table(List<String> header, List<List<Object>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }
    }

    private ComparisonTables() {
    }

    /**
     * One row per scenario: label, illustrative, peak reached, peak year, peak value, cumulative
     * sum, net emission in each milestone year, the below-threshold year.
     */
    public static Table keyFigures(Comparison c) {
        ComparisonSettings s = c.settings();
        List<String> header = new ArrayList<>(List.of("scenario", "illustrative", "peak_reached", "peak_year", "peak_value",
                "cumulative_" + s.cumulativeFrom() + "_" + s.cumulativeTo()));
        s.milestones().forEach(y -> header.add("net_" + y));
        header.add("below_threshold_from");
        List<List<Object>> rows = new ArrayList<>();
        for (ScenarioResult r : c.results()) {
            KeyFigures k = r.figures();
            List<Object> row = new ArrayList<>(Arrays.asList(r.label(), r.illustrative(), k.peak().reached(), k.peak().year(),
                    k.peak().value(), k.cumulative()));
            for (int y : s.milestones()) {
                row.add(value(Comparison.net(r, y)));
            }
            row.add(k.belowYear().isPresent() ? (Object) k.belowYear().getAsInt() : null);
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** One row per year: each scenario's net emission, then each other scenario minus the reference. */
    public static Table netByYear(Comparison c) {
        List<ScenarioResult> others = others(c);
        List<String> header = new ArrayList<>(List.of("year"));
        c.results().forEach(r -> header.add(r.label()));
        others.forEach(r -> header.add(r.label() + " - " + c.reference().label()));
        List<List<Object>> rows = new ArrayList<>();
        for (int y : c.years()) {
            List<Object> row = new ArrayList<>(List.of(y));
            c.results().forEach(r -> row.add(value(Comparison.net(r, y))));
            others.forEach(r -> row.add(value(c.netDifference(r).get(y))));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** One scenario's account per year: every component, sinks total, sources total, net. */
    public static Table account(ScenarioResult r) {
        AccountPath a = r.account();
        List<String> header = new ArrayList<>(List.of("year"));
        header.addAll(a.components().keySet());
        header.addAll(List.of("sinks_total", "sources_total", "net"));
        List<List<Object>> rows = new ArrayList<>();
        for (int y : a.net().asMap().keySet()) {
            List<Object> row = new ArrayList<>(List.of(y));
            a.components().values().forEach(s -> row.add(value(s.get(y))));
            row.add(value(a.sinksTotal().get(y)));
            row.add(value(a.sourcesTotal().get(y)));
            row.add(value(a.net().get(y)));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** A scenario minus the reference per year and component (and net). */
    public static Table componentDifferences(Comparison c, ScenarioResult r) {
        List<String> components = c.components();
        List<String> header = new ArrayList<>(List.of("year"));
        header.addAll(components);
        header.add("net");
        List<List<Object>> rows = new ArrayList<>();
        YearSeries net = c.netDifference(r);
        for (int y : net.asMap().keySet()) {
            List<Object> row = new ArrayList<>(List.of(y));
            components.forEach(id -> row.add(value(c.componentDifference(r, id).get(y))));
            row.add(net.value(y));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** RFC 4180 CSV, numbers in full precision without exponents, empty cells for no value. */
    public static void writeCsv(Table t, Appendable out) throws IOException {
        out.append(String.join(",", t.header().stream().map(ComparisonTables::csvText).toList())).append('\n');
        for (List<Object> row : t.rows()) {
            out.append(String.join(",", row.stream().map(ComparisonTables::csvCell).toList())).append('\n');
        }
    }

    /** A cell as CSV text: full precision for numbers. */
    public static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        return csvText(String.valueOf(cell));
    }

    private static String csvText(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static List<ScenarioResult> others(Comparison c) {
        return c.results().stream().filter(r -> r != c.reference()).toList();
    }

    private static Double value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }
}
