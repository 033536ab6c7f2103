package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.landcarbon.uncertainty.MonteCarlo;
import org.landcarbon.uncertainty.Propagation;
import org.landcarbon.uncertainty.UncertainAccount;
import org.landcarbon.uncertainty.UncertaintyModel;
import org.landcarbon.uncertainty.UncertaintyService;

/** {@code --uncertainty propagation|mc [--draws N] [--seed S]}, taken out of a command's arguments. */
record UncertaintyOptions(String method, int draws, long seed, List<String> rest) {

    static final long DEFAULT_SEED = 1;

    static UncertaintyOptions extract(List<String> args) throws UsageException {
        String method = null;
        Integer draws = null;
        Long seed = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--uncertainty" -> {
                    method = value(args, ++i, a);
                    if (!method.equals("propagation") && !method.equals("mc")) {
                        throw new UsageException("--uncertainty must be propagation or mc, got '" + method + "'");
                    }
                }
                case "--draws" -> draws = (int) number(value(args, ++i, a), a);
                case "--seed" -> seed = number(value(args, ++i, a), a);
                default -> rest.add(a);
            }
        }
        if ((draws != null || seed != null) && !"mc".equals(method)) {
            throw new UsageException("--draws and --seed need --uncertainty mc");
        }
        int n = draws == null ? MonteCarlo.DEFAULT_DRAWS : draws;
        if (n < 2 || n > MonteCarlo.MAX_DRAWS) {
            throw new UsageException("--draws must be between 2 and " + MonteCarlo.MAX_DRAWS + ", got " + n);
        }
        return new UncertaintyOptions(method, n, seed == null ? DEFAULT_SEED : seed, rest);
    }

    static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    static long number(String text, String option) throws UsageException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": '" + text + "' is not a whole number");
        }
    }

    void print(UncertaintyService service, Study study, AccountOptions options, Unit unit, String format, PrintStream out) throws Exception {
        UncertaintyModel model = service.model(study, options);
        UncertainAccount result;
        if (method.equals("mc")) {
            try {
                MonteCarlo.checkDraws(draws, model.point().length);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--draws: " + e.getMessage());
            }
            result = MonteCarlo.account(model, draws, seed);
        } else {
            result = Propagation.account(model);
        }
        UncertaintyPrinter printer = new UncertaintyPrinter(result, unit);
        switch (format) {
            case "csv" -> printer.csv(out);
            case "json" -> printer.json(out);
            default -> printer.table(out);
        }
    }
}
