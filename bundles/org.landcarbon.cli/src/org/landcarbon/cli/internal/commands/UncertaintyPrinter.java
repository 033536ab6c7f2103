package org.landcarbon.cli.internal.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import org.landcarbon.accounting.Account;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;
import org.landcarbon.uncertainty.Statistics;
import org.landcarbon.uncertainty.UncertainAccount;
import org.landcarbon.uncertainty.UncertainInput;
import org.landcarbon.uncertainty.UncertaintyModel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Prints an account's uncertainty (Approach 1 or Monte Carlo) as a table, CSV or JSON, in the chosen unit. */
final class UncertaintyPrinter {

    private final UncertainAccount result;
    private final UncertaintyModel model;
    private final Unit unit;
    private final double scale;

    UncertaintyPrinter(UncertainAccount result, Unit unit) {
        this.result = result;
        this.model = result.model();
        this.unit = unit;
        this.scale = Account.express(new Quantity(1, Units.T_C), unit).value();
    }

    private String heading() {
        return result.method().equals("mc") ? "Monte Carlo (IPCC Approach 2), " + result.draws() + " draws, seed " + result.seed()
                : "error propagation (IPCC Approach 1, Eq. 3.1/3.2)";
    }

    void table(PrintStream out) {
        out.println(model.studyName() + ": uncertainty of the account by " + heading() + "; " + unit.symbol());
        out.printf(Locale.ROOT, "%-6s %-18s %14s %14s %12s %14s %14s %14s %8s%n", "year", "number", "value", "mean", "sd", "p2.5", "p50",
                "p97.5", "+-%");
        for (int year : model.years()) {
            for (String o : model.outputs()) {
                Statistics s = result.statistics(year, o);
                if (s.isMissing()) {
                    out.printf(Locale.ROOT, "%-6d %-18s %14s%n", year, o, "missing");
                    continue;
                }
                out.printf(Locale.ROOT, "%-6d %-18s %14.2f %14.2f %12.2f %14.2f %14.2f %14.2f %8s%n", year, o, s.point() * scale,
                        s.mean() * scale, s.sd() * scale, s.p2_5() * scale, s.p50() * scale, s.p97_5() * scale, pct(s));
            }
        }
        out.println();
        inputs(out);
    }

    private void inputs(PrintStream out) {
        if (model.inputs().isEmpty()) {
            out.println("No input of this account has a range: every number is exact as far as the data say.");
        }
        for (UncertainInput in : model.inputs()) {
            out.println("input " + in.id() + " = " + in.point() + " " + in.unit() + ": " + in.distribution().describe() + " (source: "
                    + (in.source().isBlank() ? "not given" : in.source()) + ")");
        }
        for (String n : model.notes()) {
            out.println("note: " + n);
        }
    }

    private static String pct(Statistics s) {
        double p = s.halfWidthPct();
        return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.1f", p);
    }

    void csv(PrintStream out) {
        out.println("year,number,value,mean,sd,p2_5,p50,p97_5,half_width_pct,unit");
        for (int year : model.years()) {
            for (String o : model.outputs()) {
                Statistics s = result.statistics(year, o);
                if (s.isMissing()) {
                    out.println(year + "," + o + ",,,,,,,," + unit.symbol());
                    continue;
                }
                out.println(String.join(",", List.of(String.valueOf(year), o, n(s.point() * scale), n(s.mean() * scale), n(s.sd() * scale),
                        n(s.p2_5() * scale), n(s.p50() * scale), n(s.p97_5() * scale), n(s.halfWidthPct()), unit.symbol())));
            }
        }
    }

    private static String n(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    void json(PrintStream out) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("study", model.studyName());
            g.writeStringField("uncertainty", result.method().equals("mc") ? "mc" : "propagation");
            if (result.method().equals("mc")) {
                g.writeNumberField("draws", result.draws());
                g.writeNumberField("seed", result.seed());
            }
            g.writeStringField("unit", unit.symbol());
            g.writeArrayFieldStart("inputs");
            for (UncertainInput in : model.inputs()) {
                g.writeStartObject();
                g.writeStringField("id", in.id());
                g.writeNumberField("point", in.point());
                g.writeStringField("unit", in.unit());
                g.writeStringField("distribution", in.distribution().describe());
                g.writeStringField("source", in.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notes");
            for (String note : model.notes()) {
                g.writeString(note);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("years");
            for (int year : model.years()) {
                g.writeStartObject();
                g.writeNumberField("year", year);
                for (String o : model.outputs()) {
                    Statistics s = result.statistics(year, o);
                    g.writeObjectFieldStart(o);
                    if (s.isMissing()) {
                        g.writeNullField("value");
                    } else {
                        g.writeNumberField("value", s.point() * scale);
                        g.writeNumberField("mean", s.mean() * scale);
                        g.writeNumberField("sd", s.sd() * scale);
                        g.writeNumberField("p2_5", s.p2_5() * scale);
                        g.writeNumberField("p50", s.p50() * scale);
                        g.writeNumberField("p97_5", s.p97_5() * scale);
                        if (Double.isNaN(s.halfWidthPct())) {
                            g.writeNullField("half_width_pct");
                        } else {
                            g.writeNumberField("half_width_pct", s.halfWidthPct());
                        }
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println(w);
    }
}
