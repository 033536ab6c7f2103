package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ComparisonSettings;
import org.landcarbon.scenarios.ComparisonTables;
import org.landcarbon.scenarios.ComparisonTables.Table;
import org.landcarbon.scenarios.DecouplingPeriod;
import org.landcarbon.scenarios.KeyFigures;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.landcarbon.scenarios.ScenarioComparer;
import org.landcarbon.scenarios.ScenarioComparer.ScenarioRef;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.scenarios.YearSeries;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code landcarbon compare STUDY}: scenarios side by side: key figures, yearly net emission and
 * the differences to the reference. Every number comes from {@link ScenarioComparer}; the table
 * rounds for display, CSV and JSON carry the full values.
 */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=compare")
public final class CompareCommand implements Command {

    @Reference
    private ProjectionMethodRegistry registry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ScenarioAccounting accounting;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.landcarbon.uncertainty.UncertaintyService uncertainty;

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "compare a study's scenarios: peak year and value, cumulative emission, yearly net emission";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon compare STUDY.landcarbon [--scenarios A,B,C] [--reference A]
                                          [--cumulative 2020-2030] [--threshold T] [--format table|csv|json]

                Projects each scenario to its horizon, runs the account for every year and prints
                the key figures (peak year and value of net emission, or no peak before the horizon;
                cumulative net emission over the period; net emission in 2030 and 2060; the first
                year from which net emission stays below the threshold), the net emission per year
                of each scenario, and each scenario's difference to the reference.

                  --scenarios A,B,C   scenarios to compare, by name (default: all of the study)
                  --reference A       the scenario the differences are taken to (default: the first)
                  --cumulative Y1-Y2  the period of the cumulative sum, both years included (default 2020-2030)
                  --threshold T       net emission threshold, in the account's unit (default 0)
                  --format F          table (default), csv (key figures, a blank line, yearly table) or json""" + ScenarioUncertaintyCommandLine.USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.contains("--uncertainty")) {
            return ScenarioUncertaintyCommandLine.run(registry, uncertainty, args, out);
        }
        String studyFile = null;
        List<String> names = null;
        String reference = null;
        String format = "table";
        ComparisonSettings settings = ComparisonSettings.defaults();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
            case "--scenarios" -> names = Arrays.stream(value(args, ++i, a).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            case "--reference" -> reference = value(args, ++i, a);
            case "--format" -> format = value(args, ++i, a);
            case "--threshold" -> settings = settings.withThreshold(number(value(args, ++i, a), a));
            case "--cumulative" -> {
                String v = value(args, ++i, a);
                String[] p = v.split("-");
                if (p.length != 2) {
                    throw new UsageException("--cumulative takes a period Y1-Y2, got '" + v + "'");
                }
                int from = (int) number(p[0], a);
                int to = (int) number(p[1], a);
                if (to < from) {
                    throw new UsageException("--cumulative " + v + " ends before it starts");
                }
                settings = settings.withCumulative(from, to);
            }
            default -> {
                if (a.startsWith("-")) {
                    throw new UsageException("unknown option '" + a + "'");
                }
                if (studyFile != null) {
                    throw new UsageException("expects one study file, got '" + studyFile + "' and '" + a + "'");
                }
                studyFile = a;
            }
            }
        }
        if (studyFile == null) {
            throw new UsageException("a study file is required");
        }
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new UsageException("--format must be table, csv or json, got '" + format + "'");
        }
        Study study = ScenariosCommand.load(studyFile);
        List<ScenarioRef> refs = select(study, names, studyFile);
        String ref = reference;
        if (ref != null && refs.stream().noneMatch(r -> r.scenario().getName().equals(ref))) {
            throw new UsageException("the reference '" + ref + "' is not among the compared scenarios");
        }
        ScenarioAccounting account = accounting;
        if (account == null) {
            throw new IllegalStateException("no account is installed (bundle org.landcarbon.accounting): cannot compute net emission");
        }
        Comparison c = new ScenarioComparer(new ScenarioProjector(registry.snapshot()), account).compare(refs, reference, settings);
        switch (format) {
        case "csv" -> csv(c, out);
        case "json" -> json(study, c, out);
        default -> table(study, c, out);
        }
        return OK;
    }

    private static List<ScenarioRef> select(Study study, List<String> names, String file) {
        if (study.getScenarios().isEmpty()) {
            throw new IllegalArgumentException(file + ": the study has no scenarios");
        }
        List<ScenarioRef> refs = new ArrayList<>();
        if (names == null) {
            study.getScenarios().forEach(s -> refs.add(new ScenarioRef(study, s)));
            return refs;
        }
        for (String n : names) {
            Scenario s = study.getScenarios().stream().filter(x -> n.equals(x.getName())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(file + ": no scenario '" + n + "'; the study has: "
                            + String.join(", ", study.getScenarios().stream().map(Scenario::getName).toList())));
            refs.add(new ScenarioRef(study, s));
        }
        return refs;
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static double number(String text, String option) throws UsageException {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a number, got '" + text + "'");
        }
    }

    // ---- table

    private static void table(Study study, Comparison c, PrintStream out) {
        int decimals = study.getDisplayUnits() == null ? 2 : study.getDisplayUnits().getDecimals();
        ComparisonSettings s = c.settings();
        out.println("Scenarios of " + study.getName() + ": net emission in " + c.unit() + ", reference "
                + c.reference().label());
        if (c.results().stream().anyMatch(ScenarioResult::illustrative)) {
            out.println("(* illustrative: the scenario's assumptions are examples, not forecasts)");
        }
        out.println();
        List<String> header = new ArrayList<>(List.of("scenario", "peak year", "peak value",
                "cumulative " + s.cumulativeFrom() + "-" + s.cumulativeTo()));
        s.milestones().forEach(y -> header.add("net " + y));
        header.add("below " + fmt(s.threshold(), decimals) + " from");
        List<List<String>> rows = new ArrayList<>();
        for (ScenarioResult r : c.results()) {
            KeyFigures k = r.figures();
            List<String> row = new ArrayList<>();
            row.add(r.label() + (r.illustrative() ? " *" : ""));
            row.add(k.peak().reached() ? String.valueOf(k.peak().year()) : "none to " + k.peak().year());
            row.add(fmt(k.peak().value(), decimals));
            row.add(k.cumulative() == null ? "-" : fmt(k.cumulative(), decimals));
            for (int y : s.milestones()) {
                OptionalDouble v = Comparison.net(r, y);
                row.add(v.isPresent() ? fmt(v.getAsDouble(), decimals) : "-");
            }
            row.add(k.belowYear().isPresent() ? String.valueOf(k.belowYear().getAsInt()) : "-");
            rows.add(row);
        }
        printTable(header, rows, out);

        Table years = ComparisonTables.netByYear(c);
        out.println();
        out.println("Net emission per year (" + c.unit() + ")" + (c.results().size() > 1 ? " and differences to " + c.reference().label() : ""));
        List<List<String>> yearRows = new ArrayList<>();
        for (List<Object> row : years.rows()) {
            yearRows.add(row.stream().map(cell -> cell(cell, decimals)).toList());
        }
        String suffix = " - " + c.reference().label();
        printTable(years.header().stream().map(h -> h.endsWith(suffix) && !h.equals("year") ? h.substring(0, h.length() - suffix.length()) + " - ref" : h)
                .toList(), yearRows, out);

        boolean anyDecoupling = c.results().stream().anyMatch(r -> !r.figures().decoupling().isEmpty());
        out.println();
        if (!anyDecoupling) {
            out.println("Decoupling from GDP: not available (the study has no GDP series).");
        } else {
            out.println("Decoupling of net emission from GDP (Tapio elasticity, thresholds 0.8 and 1.2)");
            List<List<String>> drows = new ArrayList<>();
            for (ScenarioResult r : c.results()) {
                for (DecouplingPeriod p : r.figures().decoupling()) {
                    drows.add(List.of(r.label(), p.from() + "-" + p.to(),
                            Double.isNaN(p.elasticity()) ? "-" : fmt(p.elasticity(), 3), p.label()));
                }
            }
            printTable(List.of("scenario", "period", "elasticity", "state"), drows, out);
        }
        for (ScenarioResult r : c.results()) {
            for (String note : r.projection().notes()) {
                out.println("note (" + r.label() + "): " + note);
            }
        }
    }

    private static void printTable(List<String> header, List<List<String>> rows, PrintStream out) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            line.append(i == 0 ? "" : "  ").append(i == 0 ? pad(header.get(i), w[i], true) : pad(header.get(i), w[i], false));
        }
        out.println(line.toString().stripTrailing());
        for (List<String> r : rows) {
            line.setLength(0);
            for (int i = 0; i < w.length; i++) {
                line.append(i == 0 ? "" : "  ").append(pad(r.get(i), w[i], i == 0));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String pad(String s, int width, boolean left) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return left ? s + fill : fill + s;
    }

    /** Rounded half up to {@code decimals}, as the study displays numbers. */
    static String fmt(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    // ---- csv

    private static void csv(Comparison c, PrintStream out) throws Exception {
        StringBuilder sb = new StringBuilder();
        ComparisonTables.writeCsv(ComparisonTables.keyFigures(c), sb);
        sb.append('\n');
        ComparisonTables.writeCsv(ComparisonTables.netByYear(c), sb);
        out.print(sb);
    }

    /** A table cell for display: numbers rounded to the study's decimals, "-" for no value. */
    private static String cell(Object cell, int decimals) {
        if (cell == null) {
            return "-";
        }
        return cell instanceof Double d ? fmt(d, decimals) : String.valueOf(cell);
    }

    // ---- json

    private static void json(Study study, Comparison c, PrintStream out) throws Exception {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            ComparisonSettings s = c.settings();
            g.writeStartObject();
            g.writeStringField("study", study.getName());
            g.writeStringField("unit", c.unit());
            g.writeStringField("reference", c.reference().label());
            g.writeObjectFieldStart("settings");
            g.writeNumberField("cumulative_from", s.cumulativeFrom());
            g.writeNumberField("cumulative_to", s.cumulativeTo());
            g.writeNumberField("threshold", s.threshold());
            g.writeEndObject();
            g.writeArrayFieldStart("scenarios");
            for (ScenarioResult r : c.results()) {
                KeyFigures k = r.figures();
                g.writeStartObject();
                g.writeStringField("name", r.label());
                g.writeBooleanField("illustrative", r.illustrative());
                g.writeNumberField("horizon", r.projection().horizonYear());
                g.writeObjectFieldStart("peak");
                g.writeBooleanField("reached", k.peak().reached());
                g.writeNumberField("year", k.peak().year());
                g.writeNumberField("value", k.peak().value());
                g.writeEndObject();
                if (k.cumulative() == null) {
                    g.writeNullField("cumulative");
                } else {
                    g.writeNumberField("cumulative", k.cumulative());
                }
                g.writeObjectFieldStart("milestones");
                for (int y : s.milestones()) {
                    OptionalDouble v = Comparison.net(r, y);
                    if (v.isPresent()) {
                        g.writeNumberField(String.valueOf(y), v.getAsDouble());
                    } else {
                        g.writeNullField(String.valueOf(y));
                    }
                }
                g.writeEndObject();
                if (k.belowYear().isPresent()) {
                    g.writeNumberField("below_threshold_from", k.belowYear().getAsInt());
                } else {
                    g.writeNullField("below_threshold_from");
                }
                g.writeArrayFieldStart("decoupling");
                for (DecouplingPeriod p : k.decoupling()) {
                    g.writeStartObject();
                    g.writeStringField("period", p.from() + "-" + p.to());
                    writeNumberOrNull(g, "elasticity", p.elasticity());
                    g.writeStringField("state", p.state() == null ? null : p.state().name().toLowerCase(Locale.ROOT));
                    g.writeStringField("label", p.label());
                    g.writeEndObject();
                }
                g.writeEndArray();
                writeSeries(g, "net", r.account().net());
                writeSeries(g, "difference_to_reference", c.netDifference(r));
                g.writeArrayFieldStart("notes");
                for (String n : r.projection().notes()) {
                    g.writeString(n);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println(w);
    }

    private static void writeNumberOrNull(JsonGenerator g, String field, double v) throws Exception {
        if (Double.isNaN(v)) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    private static void writeSeries(JsonGenerator g, String field, YearSeries s) throws Exception {
        g.writeArrayFieldStart(field);
        for (var e : s.asMap().entrySet()) {
            g.writeStartObject();
            g.writeNumberField("year", e.getKey());
            g.writeNumberField("value", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
