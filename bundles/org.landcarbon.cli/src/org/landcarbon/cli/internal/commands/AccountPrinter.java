package org.landcarbon.cli.internal.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.ComponentResult;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.Figure;
import org.landcarbon.accounting.ReportedFigure;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.units.Unit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Writes an account as a Table 5 style table, CSV or JSON, and explains single numbers. */
final class AccountPrinter {

    private final Account account;
    private final Unit unit;
    private final int decimals;

    AccountPrinter(Account account, Unit unit, int decimals) {
        this.account = account;
        this.unit = unit;
        this.decimals = decimals;
    }

    private List<String> columns() {
        List<String> columns = new ArrayList<>(account.components());
        columns.addAll(Components.TOTALS);
        return columns;
    }

    private String number(double v) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private Double inUnit(Figure f) {
        return f.isPresent() ? Account.express(f.value(), unit).value() : null;
    }

    private boolean reported(int year, String column) {
        return !Components.isTotal(column) && account.result(year, column).status() == ComponentResult.Status.REPORTED;
    }

    private boolean notApplicable(int year, String column) {
        return !Components.isTotal(column) && account.result(year, column).status() == ComponentResult.Status.NOT_APPLICABLE;
    }

    void table(PrintStream out) {
        out.println(account.studyName() + (account.scenario() == null ? "" : " - scenario " + account.scenario()));
        out.println("Unit: " + unit.symbol() + "; sinks as positive absorption; " + account.coefficientSetDescription());
        List<String> columns = columns();
        List<String[]> rows = new ArrayList<>();
        java.util.Map<String, List<Integer>> missing = new java.util.LinkedHashMap<>();
        boolean anyReported = false;
        boolean anyNotApplicable = false;
        String[] header = new String[columns.size() + 1];
        header[0] = "year";
        for (int i = 0; i < columns.size(); i++) {
            header[i + 1] = columns.get(i);
        }
        rows.add(header);
        for (int year : account.years()) {
            String[] row = new String[columns.size() + 1];
            row[0] = Integer.toString(year);
            for (int i = 0; i < columns.size(); i++) {
                String c = columns.get(i);
                Figure f = account.value(year, c);
                if (f.isPresent()) {
                    boolean r = reported(year, c);
                    anyReported |= r;
                    row[i + 1] = number(inUnit(f)) + (r ? " r" : "");
                } else if (notApplicable(year, c)) {
                    row[i + 1] = "-";
                    anyNotApplicable = true;
                } else {
                    row[i + 1] = "n/a";
                    if (!Components.isTotal(c)) {
                        // one note per component and reason, listing the years it applies to
                        String reason = account.result(year, c).reason().replace(Integer.toString(year), "{year}");
                        missing.computeIfAbsent(c + ": " + reason, k -> new ArrayList<>()).add(year);
                    }
                }
            }
            rows.add(row);
        }
        printAligned(rows, out);
        if (anyReported) {
            out.println("r = taken from the study's reported values, not computed");
        }
        if (anyNotApplicable) {
            out.println("- = declared not applicable to this study, left out of the totals");
        }
        out.println();
        List<String[]> indicators = new ArrayList<>();
        indicators.add(new String[] { "year", "carbon intensity (" + Account.INTENSITY_UNIT + ")", "per capita (" + Account.PER_CAPITA_UNIT + ")",
                "compensation (sinks/sources)" });
        for (int year : account.years()) {
            indicators.add(new String[] { Integer.toString(year), fig(account.carbonIntensity(year), 4), fig(account.perCapita(year), 4),
                    fig(account.compensation(year), 4) });
        }
        printAligned(indicators, out);
        if (!missing.isEmpty() || !account.notes().isEmpty()) {
            out.println();
            out.println("Notes:");
            account.notes().forEach(n -> out.println("  " + n));
            missing.forEach((key, years) -> {
                int colon = key.indexOf(": ");
                String reason = key.substring(colon + 2);
                out.println("  n/a " + key.substring(0, colon) + " " + ranges(years) + ": "
                        + (years.size() == 1 ? reason.replace("{year}", years.get(0).toString()) : reason.replace("{year}", "that year")));
            });
        }
    }

    /** "2005-2009, 2012" for a sorted list of years. */
    static String ranges(List<Integer> years) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < years.size()) {
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(years.get(i));
            if (j > i) {
                sb.append('-').append(years.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    private static String fig(Figure f, int decimals) {
        return f.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f", f.value().value()) : "n/a";
    }

    static void printAligned(List<String[]> rows, PrintStream out) {
        printAligned(rows, out, false);
    }

    /** Columns right-aligned (numbers), the first one and optionally the last one (text) left-aligned. */
    static void printAligned(List<String[]> rows, PrintStream out, boolean textLast) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    sb.append("  ");
                }
                sb.append(i == 0 || i == row.length - 1 && textLast ? String.format("%-" + widths[i] + "s", row[i]) : String.format("%" + widths[i] + "s", row[i]));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    void csv(PrintStream out) {
        List<String> columns = columns();
        out.println("year," + String.join(",", columns) + ",unit,notes");
        for (int year : account.years()) {
            StringBuilder sb = new StringBuilder().append(year);
            List<String> notes = new ArrayList<>();
            for (String c : columns) {
                Figure f = account.value(year, c);
                sb.append(',');
                if (f.isPresent()) {
                    sb.append(number(inUnit(f)));
                    if (reported(year, c)) {
                        notes.add(c + " reported");
                    }
                } else if (notApplicable(year, c)) {
                    notes.add(c + " not applicable");
                } else if (!Components.isTotal(c)) {
                    notes.add(c + " missing: " + account.result(year, c).reason());
                }
            }
            sb.append(',').append(unit.symbol()).append(',').append(quote(String.join("; ", notes)));
            out.println(sb);
        }
    }

    private static String quote(String s) {
        return s.isEmpty() ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    void json(PrintStream out) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            header(g);
            g.writeArrayFieldStart("components");
            for (String c : account.components()) {
                g.writeStartObject();
                g.writeStringField("id", c);
                g.writeStringField("kind", account.kind(c) == ComponentKind.SINK ? "sink" : "source");
                // the method of the component, explicit (the notes say why when another one was possible)
                g.writeStringField("method", account.years().stream().map(y -> account.result(y, c).methodId()).filter(m -> m != null)
                        .findFirst().orElse(null));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("years");
            for (int year : account.years()) {
                g.writeStartObject();
                g.writeNumberField("year", year);
                g.writeObjectFieldStart("values");
                for (String c : columns()) {
                    g.writeObjectFieldStart(c);
                    Figure f = account.value(year, c);
                    writeValue(g, "value", inUnit(f));
                    if (!Components.isTotal(c)) {
                        ComponentResult r = account.result(year, c);
                        g.writeStringField("status", r.status().name().toLowerCase(Locale.ROOT));
                        g.writeStringField("method", r.methodId());
                        if (!r.hasValue()) {
                            g.writeStringField("reason", r.reason());
                        } else {
                            writeValue(g, "share", account.share(year, c).isPresent() ? account.share(year, c).value().value() : null);
                        }
                    } else if (!f.isPresent()) {
                        g.writeStringField("reason", f.reason());
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeObjectFieldStart("indicators");
                indicator(g, "carbon_intensity", account.carbonIntensity(year));
                indicator(g, "per_capita", account.perCapita(year));
                indicator(g, "compensation", account.compensation(year));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println(w);
    }

    private void header(JsonGenerator g) throws IOException {
        g.writeStringField("study", account.studyName());
        g.writeStringField("scenario", account.scenario());
        g.writeStringField("coefficients", account.coefficientSetDescription());
        g.writeStringField("unit", unit.symbol());
        g.writeArrayFieldStart("notes");
        for (String n : account.notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
    }

    private static void indicator(JsonGenerator g, String name, Figure f) throws IOException {
        g.writeObjectFieldStart(name);
        writeValue(g, "value", f.isPresent() ? f.value().value() : null);
        g.writeStringField("unit", f.isPresent() ? f.value().unit().symbol() : null);
        if (!f.isPresent()) {
            g.writeStringField("reason", f.reason());
        }
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, String field, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    void trail(int year, String id, PrintStream out) {
        Figure f = account.value(year, id);
        if (Components.isTotal(id)) {
            List<String> parts = account.components().stream().filter(c -> id.equals(Components.NET)
                    || account.kind(c) == (id.equals(Components.SINKS_TOTAL) ? ComponentKind.SINK : ComponentKind.SOURCE)).toList();
            // the parts' own reasons follow one per line; the headline only names the missing parts
            List<String> missing = parts.stream().filter(c -> !account.value(year, c).isPresent()).toList();
            out.println(id + " " + year + " = " + (f.isPresent() ? number(inUnit(f)) + " " + unit.symbol()
                    : "n/a (missing: " + (missing.isEmpty() ? f.reason() : String.join(", ", missing)) + ")"));
            out.println("  " + totalFormula(id));
            for (String c : parts) {
                Figure p = account.value(year, c);
                ComponentResult r = account.result(year, c);
                out.println(String.format(Locale.ROOT, "  %-18s %-6s %14s  %s", c, account.kind(c) == ComponentKind.SINK ? "sink" : "source",
                        p.isPresent() ? number(inUnit(p)) : "n/a", r.hasValue() ? r.status().name().toLowerCase(Locale.ROOT) + " by "
                                + r.methodId() : r.reason()));
            }
            if (id.equals(Components.NET)) {
                for (String t : List.of(Components.SOURCES_TOTAL, Components.SINKS_TOTAL)) {
                    Figure total = account.value(year, t);
                    out.println(String.format(Locale.ROOT, "  %-25s %14s", t, total.isPresent() ? number(inUnit(total)) : "n/a"));
                }
            }
            out.println("  explain a part with --trail " + year + " COMPONENT");
            return;
        }
        // a missing component's reason is on the status line that follows
        out.println(id + " " + year + " = " + (f.isPresent() ? number(inUnit(f)) + " " + unit.symbol() : "n/a"));
        ComponentResult r = account.result(year, id);
        out.println("  status: " + r.status().name().toLowerCase(Locale.ROOT) + (r.hasValue() ? "" : " - " + r.reason()));
        Trail t = r.trail();
        if (t == null) {
            return;
        }
        out.println("  method: " + t.methodId() + " - " + t.methodName());
        out.println("  formula: " + t.formula());
        if (!t.inputs().isEmpty()) {
            out.println("  inputs:");
            for (SeriesInput in : t.inputs()) {
                out.println("    " + in.describe());
            }
        }
        if (!t.coefficients().isEmpty()) {
            out.println("  coefficients:");
            for (CoefficientValue c : t.coefficients()) {
                out.println("    " + c.describe());
            }
        }
        if (!t.reported().isEmpty()) {
            out.println("  reported figures:");
            for (ReportedFigure rf : t.reported()) {
                out.println("    " + rf.component() + " " + rf.year() + " = " + rf.quantity() + " (" + rf.source() + ")");
            }
        }
        if (!t.steps().isEmpty()) {
            out.println("  steps:");
            for (String s : t.steps()) {
                out.println("    " + s);
            }
        }
    }

    private static String totalFormula(String id) {
        return switch (id) {
            case Components.SINKS_TOTAL -> "sum of the sink components:";
            case Components.SOURCES_TOTAL -> "sum of the source components:";
            default -> "net = sources_total - sinks_total, from:";
        };
    }

    void trailJson(int year, String id, PrintStream out) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            header(g);
            g.writeNumberField("year", year);
            g.writeStringField("component", id);
            Figure f = account.value(year, id);
            writeValue(g, "value", inUnit(f));
            if (!f.isPresent()) {
                g.writeStringField("reason", f.reason());
            }
            if (!Components.isTotal(id)) {
                ComponentResult r = account.result(year, id);
                g.writeStringField("status", r.status().name().toLowerCase(Locale.ROOT));
                Trail t = r.trail();
                if (t != null) {
                    g.writeStringField("method", t.methodId());
                    g.writeStringField("formula", t.formula());
                    g.writeArrayFieldStart("inputs");
                    for (SeriesInput in : t.inputs()) {
                        g.writeStartObject();
                        g.writeStringField("series", in.seriesId());
                        g.writeNumberField("year", in.year());
                        g.writeNumberField("value", in.quantity().value());
                        g.writeStringField("unit", in.quantity().unit().symbol());
                        g.writeStringField("provenance", in.provenance());
                        g.writeStringField("detail", in.detail());
                        g.writeStringField("scenario", in.scenario());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("coefficients");
                    for (CoefficientValue c : t.coefficients()) {
                        g.writeStartObject();
                        g.writeStringField("key", c.key());
                        g.writeNumberField("value", c.quantity().value());
                        g.writeStringField("unit", c.quantity().unit().symbol());
                        g.writeStringField("source", c.source());
                        g.writeStringField("origin", c.origin());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("steps");
                    for (String s : t.steps()) {
                        g.writeString(s);
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
        }
        out.println(w);
    }
}
