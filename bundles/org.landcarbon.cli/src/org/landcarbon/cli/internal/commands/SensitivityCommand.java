package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.uncertainty.Sensitivity;
import org.landcarbon.uncertainty.Target;
import org.landcarbon.uncertainty.UncertaintyModel;
import org.landcarbon.uncertainty.UncertaintyService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon sensitivity STUDY --target ... --method oat|morris|sobol}: which inputs drive the result. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=sensitivity")
public final class SensitivityCommand implements Command {

    @Reference
    private UncertaintyService uncertainty;

    @Override
    public String name() {
        return "sensitivity";
    }

    @Override
    public String summary() {
        return "which uncertain coefficients and series drive the net emission (tornado, Morris, Sobol)";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon sensitivity STUDY [--target net|net:YEAR|cumulative:Y1-Y2] [--method oat|morris|sobol]
                                             [--draws N] [--seed S] [--scenario NAME] [--coefficients SET]
                                             [--format table|csv]

                Sensitivity of the target (t C) to every input with a range (see docs/uncertainty.md):
                  --target T    net (the last year's net emission, default), net:YEAR, cumulative:Y1-Y2
                  --method M    oat: each input at its 2.5 and 97.5 percentiles, the others at their values
                                (tornado; default); morris: elementary effects over N trajectories (mu*, mu,
                                sigma); sobol: first-order and total indices, Saltelli sampling with N base
                                draws (N (k + 2) runs), Saltelli 2010 / Jansen estimators
                  --draws N     trajectories (morris, default 50) or base draws (sobol, default 4096)
                  --seed S      seed of morris and sobol (default 1)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String target = "net";
        String method = "oat";
        String format = "table";
        Integer draws = null;
        long seed = 1;
        String scenario = null;
        String coefficients = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--target" -> target = UncertaintyOptions.value(args, ++i, a);
                case "--method" -> method = UncertaintyOptions.value(args, ++i, a);
                case "--format" -> format = UncertaintyOptions.value(args, ++i, a);
                case "--draws" -> draws = (int) UncertaintyOptions.number(UncertaintyOptions.value(args, ++i, a), a);
                case "--seed" -> seed = UncertaintyOptions.number(UncertaintyOptions.value(args, ++i, a), a);
                case "--scenario" -> scenario = UncertaintyOptions.value(args, ++i, a);
                case "--coefficients" -> coefficients = UncertaintyOptions.value(args, ++i, a);
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty() ? "missing STUDY (a .landcarbon file)" : "expected one STUDY, got " + positional);
        }
        if (!List.of("oat", "morris", "sobol").contains(method)) {
            throw new UsageException("--method must be oat, morris or sobol, got '" + method + "'");
        }
        if (!List.of("table", "csv").contains(format)) {
            throw new UsageException("--format must be table or csv, got '" + format + "'");
        }
        if (draws != null && draws < 2) {
            throw new UsageException("--draws must be at least 2, got " + draws);
        }
        java.nio.file.Path file = java.nio.file.Path.of(positional.get(0));
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new java.io.IOException(positional.get(0) + ": no such file");
        }
        Study study = StudyFiles.load(file);
        UncertaintyModel model = uncertainty.model(study, new AccountOptions(scenario, coefficients));
        if (model.inputs().isEmpty()) {
            err.println("No input of this account has a range, so nothing can be ranked: give coefficients an uncertainty "
                    + "(docs/uncertainty.md). " + String.join(" ", model.notes()));
            return FAILURE;
        }
        Target t;
        try {
            t = Target.parse(target, model.years());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--target: " + e.getMessage());
        }
        ToDoubleFunction<double[]> f = t.of(model);
        Sensitivity.Result r;
        try {
            r = switch (method) {
                case "morris" -> Sensitivity.morris(model.inputs(), f, t.text(), draws == null ? 50 : draws, seed);
                case "sobol" -> Sensitivity.sobol(model.inputs(), f, t.text(), draws == null ? 4096 : draws, seed);
                default -> Sensitivity.oat(model.inputs(), f, t.text());
            };
        } catch (IllegalArgumentException e) {
            throw new UsageException("--draws: " + e.getMessage());
        }
        print(r, format, out);
        return OK;
    }

    private static void print(Sensitivity.Result r, String format, PrintStream out) {
        boolean csv = format.equals("csv");
        if (!csv) {
            out.printf(Locale.ROOT, "Sensitivity of %s (point value %.2f t C) by %s, %d model runs%s%n", r.target(), r.point(), r.method(),
                    r.evaluations(), r.method().equals("oat") ? "" : ", seed " + r.seed());
        }
        String head = switch (r.method()) {
            case "oat" -> "input,at_p2_5,at_p97_5,swing";
            case "morris" -> "input,mu_star,mu,sigma";
            default -> "input,first_order,total";
        };
        out.println(csv ? head : head.replace(',', '\t'));
        for (Sensitivity.Index i : r.indices()) {
            String row = switch (r.method()) {
                case "oat" -> String.join(",", i.input(), n(i.low()), n(i.high()), n(i.swing()));
                case "morris" -> String.join(",", i.input(), n(i.muStar()), n(i.mu()), n(i.sigma()));
                default -> String.join(",", i.input(), n(i.first()), n(i.total()));
            };
            out.println(csv ? row : row.replace(',', '\t'));
        }
        if (!csv && r.method().equals("sobol")) {
            out.printf(Locale.ROOT, "variance of the target: %.6g (t C)^2; inputs taken as independent%n", r.variance());
        }
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
