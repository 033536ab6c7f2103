package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.AuditReport;
import org.landcarbon.accounting.AuditReport.Comparison;
import org.landcarbon.accounting.AuditReport.TotalCheck;
import org.landcarbon.cli.Command;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** {@code landcarbon audit STUDY}: reported figures beside computed ones, and reported totals against their parts. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=audit")
public final class AuditCommand implements Command {

    @Reference
    private AccountingService accounting;

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary() {
        return "check a study's reported figures against the computed account and against their own totals";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon audit STUDY [--scenario NAME] [--coefficients SET] [--unit 10^4t|t|kt|Mt]
                                       [--format table|json]

                Lists each reported component beside the computed one (difference = computed - reported, and
                the relative difference), then checks every reported total against its own reported parts
                (sinks_total, sources_total, net = sources_total - sinks_total) within the rounding of the
                figures, and names the years whose totals disagree. Exit code 0 when the audit ran, whatever
                it found.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        AccountOptionsParser p = AccountOptionsParser.parse(args, false, List.of("table", "json"));
        Study study = p.load();
        AuditReport report = accounting.audit(study, p.options());
        Unit unit = p.unit();
        if (p.format.equals("json")) {
            json(report, unit, out);
        } else {
            table(report, unit, out);
        }
        return OK;
    }

    private static String n(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static void table(AuditReport report, Unit unit, PrintStream out) {
        out.println("Audit of " + report.studyName() + " (unit " + unit.symbol() + ")");
        out.println();
        if (report.comparisons().isEmpty()) {
            out.println("The study has no reported values.");
            return;
        }
        out.println("Reported beside computed:");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "year", "component", "reported", "computed", "difference", "relative", "note" });
        for (Comparison c : report.comparisons()) {
            Double computed = c.computed().isPresent() ? Account.express(c.computed().value(), unit).value() : null;
            Double diff = c.difference() == null ? null : Account.express(c.difference(), unit).value();
            rows.add(new String[] { Integer.toString(c.year()), c.component(), n(Account.express(c.reported(), unit).value()), n(computed),
                    n(diff), c.relativeDifference() == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * c.relativeDifference()),
                    c.computed().isPresent() ? "" : c.computed().reason() });
        }
        AccountPrinter.printAligned(rows, out, true);
        out.println();
        if (report.totalChecks().isEmpty()) {
            out.println("No reported total has reported parts to check it against.");
            return;
        }
        out.println("Reported totals against their reported parts:");
        rows = new ArrayList<>();
        rows.add(new String[] { "year", "total", "reported", "from parts", "difference", "check" });
        for (TotalCheck t : report.totalChecks()) {
            rows.add(new String[] { Integer.toString(t.year()), t.total(), n(t.reported().value()), n(t.expected().value()),
                    n(t.difference().value()), t.consistent() ? "ok" : "INCONSISTENT: " + t.note() });
        }
        AccountPrinter.printAligned(rows, out, true);
        out.println();
        if (report.inconsistentYears().isEmpty()) {
            out.println("Every reported total agrees with its parts within rounding.");
        } else {
            out.println("Inconsistent years: " + report.inconsistentYears().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    private static void json(AuditReport report, Unit unit, PrintStream out) throws Exception {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("study", report.studyName());
            g.writeStringField("unit", unit.symbol());
            g.writeArrayFieldStart("comparisons");
            for (Comparison c : report.comparisons()) {
                g.writeStartObject();
                g.writeNumberField("year", c.year());
                g.writeStringField("component", c.component());
                g.writeNumberField("reported", Account.express(c.reported(), unit).value());
                if (c.computed().isPresent()) {
                    g.writeNumberField("computed", Account.express(c.computed().value(), unit).value());
                    g.writeNumberField("difference", Account.express(c.difference(), unit).value());
                } else {
                    g.writeNullField("computed");
                    g.writeStringField("reason", c.computed().reason());
                }
                if (c.relativeDifference() != null) {
                    g.writeNumberField("relative_difference", c.relativeDifference());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("total_checks");
            for (TotalCheck t : report.totalChecks()) {
                g.writeStartObject();
                g.writeNumberField("year", t.year());
                g.writeStringField("total", t.total());
                g.writeNumberField("reported", t.reported().value());
                g.writeNumberField("from_parts", t.expected().value());
                g.writeStringField("reported_unit", t.reported().unit().symbol());
                g.writeNumberField("difference", t.difference().value());
                g.writeNumberField("tolerance", t.tolerance());
                g.writeBooleanField("consistent", t.consistent());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("inconsistent_years");
            for (int y : report.inconsistentYears()) {
                g.writeNumber(y);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println(w);
    }
}
