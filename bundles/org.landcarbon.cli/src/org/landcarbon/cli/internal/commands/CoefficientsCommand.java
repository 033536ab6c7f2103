package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.CoefficientEntry;
import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.accounting.CoefficientSetDiff;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Study;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon coefficients}: list the coefficient sets, show one with its sources, or diff two. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=coefficients")
public final class CoefficientsCommand implements Command {

    @Reference
    private AccountingService accounting;

    @Override
    public String name() {
        return "coefficients";
    }

    @Override
    public String summary() {
        return "list, show or compare coefficient sets and their sources";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon coefficients [--study STUDY]
                       landcarbon coefficients show SET [--study STUDY]
                       landcarbon coefficients diff SET1 SET2 [--study STUDY]   (or --diff SET1 SET2)
                       landcarbon coefficients import FILE.csv --into STUDY [--use]

                Without arguments lists the installed sets (and the study's own sets with --study).
                'show' prints every coefficient of SET (its base set applied) with unit and source.
                'diff' prints what changes from SET1 to SET2: added, removed and changed coefficients.
                A SET ending in .csv is read from that file (the format of docs/accounting.md).
                'import' checks FILE.csv row by row (every entry needs a source; units must parse and fit the key)
                and stores it as one of STUDY's own sets, replacing a set of the same id; --use also makes it
                the study's coefficient set. The study is saved atomically.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (!args.isEmpty() && args.get(0).equals("import")) {
            return CoefficientImport.run(args.subList(1, args.size()), out);
        }
        List<String> rest = new ArrayList<>();
        Study study = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--diff")) {
                rest.add("diff");
            } else if (args.get(i).equals("--study")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--study needs a file");
                }
                AccountOptionsParser p = new AccountOptionsParser();
                p.studyFile = args.get(++i);
                study = p.load();
            } else if (args.get(i).startsWith("--")) {
                throw new UsageException("unknown option " + args.get(i));
            } else {
                rest.add(args.get(i));
            }
        }
        // a .csv SET is read as a coefficient set file, beside the installed and the study's sets
        for (int i = 1; i < rest.size(); i++) {
            if (rest.get(i).toLowerCase(Locale.ROOT).endsWith(".csv")) {
                if (study == null) {
                    study = org.landcarbon.model.LandCarbonFactory.eINSTANCE.createStudy();
                }
                var set = StudyEdits.readSet(rest.get(i));
                StudyEdits.putSet(study, set);
                rest.set(i, set.id());
            }
        }
        if (rest.isEmpty()) {
            list(study, out);
        } else if (rest.get(0).equals("show") && rest.size() == 2) {
            show(study, rest.get(1), out);
        } else if (rest.get(0).equals("diff") && rest.size() == 3) {
            diff(study, rest.get(1), rest.get(2), out);
        } else {
            throw new UsageException("expected nothing, 'show SET' or 'diff SET1 SET2', got '" + String.join(" ", rest) + "'");
        }
        return OK;
    }

    private void list(Study study, PrintStream out) {
        if (study != null) {
            study.getCoefficientSets().forEach(s -> out.println(s.getId() + "  (in the study) " + (s.getName() == null ? "" : s.getName())));
        }
        for (CoefficientSetData s : accounting.coefficientSets()) {
            out.println(s.id() + "  " + s.name() + (s.base() == null ? "" : " [base: " + s.base() + "]"));
            if (!s.citation().isBlank()) {
                out.println("    " + s.citation());
            }
        }
    }

    private void show(Study study, String id, PrintStream out) throws AccountingException {
        CoefficientSetData set = accounting.coefficientSet(study, id).orElse(null);
        Map<String, CoefficientEntry> entries = accounting.resolvedEntries(study, id);
        if (set != null) {
            out.println(set.id() + ": " + set.name());
            if (!set.citation().isBlank()) {
                out.println("Citation: " + set.citation());
            }
            if (set.description() != null && !set.description().isBlank()) {
                out.println(set.description());
            }
            out.println();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "key", "value", "unit", "source" });
        for (CoefficientEntry e : entries.values()) {
            rows.add(new String[] { e.key(), value(e.value()), e.unit(), e.source() });
        }
        left(rows, out);
    }

    private void diff(Study study, String from, String to, PrintStream out) throws AccountingException {
        CoefficientSetDiff diff = accounting.diff(study, from, to);
        if (diff.changes().isEmpty()) {
            out.println(from + " and " + to + " give the same coefficients.");
            return;
        }
        out.println("From " + from + " to " + to + ": " + diff.changes().size() + " coefficient(s) differ");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "key", "change", from, to, "source in " + to });
        for (CoefficientSetDiff.Change c : diff.changes()) {
            rows.add(new String[] { c.key(), c.kind().name().toLowerCase(Locale.ROOT), c.from() == null ? "-" : value(c.from().value()) + " "
                    + c.from().unit(), c.to() == null ? "-" : value(c.to().value()) + " " + c.to().unit(), c.to() == null ? "" : c.to().source() });
        }
        left(rows, out);
    }

    private static String value(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void left(List<String[]> rows, PrintStream out) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i] == null ? 0 : r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(String.format("%-" + (w[i] + 2) + "s", r[i] == null ? "" : r[i]));
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
