package org.landcarbon.cli.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcarbon.accounting.Account;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;
import org.landcarbon.uncertainty.MonteCarlo;
import org.landcarbon.uncertainty.Statistics;
import org.landcarbon.uncertainty.UncertaintyService;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * What the forecast-interval and scenario Monte Carlo command lines share: {@code --uncertainty M --draws N --seed S}
 * taken out of the arguments, the checks of the other options, the study's carbon unit and a row of statistics.
 *
 * @param draws null when not given (each caller has its own default)
 * @param rest  the other arguments, in their order
 */
record DrawOptions(String method, Integer draws, long seed, List<String> rest) {

    static DrawOptions extract(List<String> args) throws UsageException {
        String method = null;
        Integer draws = null;
        long seed = UncertaintyOptions.DEFAULT_SEED;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--uncertainty" -> method = UncertaintyOptions.value(args, ++i, a);
                case "--draws" -> draws = (int) UncertaintyOptions.number(UncertaintyOptions.value(args, ++i, a), a);
                case "--seed" -> seed = UncertaintyOptions.number(UncertaintyOptions.value(args, ++i, a), a);
                default -> rest.add(a);
            }
        }
        return new DrawOptions(method, draws, seed, List.copyOf(rest));
    }

    /** The number of draws or replicates, {@code fallback} when not given, within 2 .. {@link MonteCarlo#MAX_DRAWS}. */
    int draws(int fallback) throws UsageException {
        int n = draws == null ? fallback : draws;
        if (n < 2 || n > MonteCarlo.MAX_DRAWS) {
            throw new UsageException("--draws must be between 2 and " + MonteCarlo.MAX_DRAWS + ", got " + n);
        }
        return n;
    }

    /**
     * The remaining arguments as options with a value, each one of {@code allowed}; a bare argument goes to
     * {@code positional} (null: none allowed). {@code context} names the mode in the refusal of any other option.
     */
    Map<String, String> options(List<String> allowed, List<String> positional, String context) throws UsageException {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (allowed.contains(a)) {
                out.put(a, UncertaintyOptions.value(rest, ++i, a));
            } else if (!a.startsWith("-") && positional != null) {
                positional.add(a);
            } else {
                throw new UsageException("'" + a + "' does not go with " + context + " (" + String.join(", ", allowed)
                        + ", --draws, --seed)");
            }
        }
        return out;
    }

    static void checkFormat(String format, List<String> allowed) throws UsageException {
        if (!allowed.contains(format)) {
            throw new UsageException("--format must be " + String.join(", ", allowed) + ", got '" + format + "'");
        }
    }

    static UncertaintyService require(UncertaintyService service) {
        if (service == null) {
            throw new IllegalStateException("the uncertainty bundle (org.landcarbon.uncertainty) is not installed");
        }
        return service;
    }

    /** The study's display unit of carbon (default 10^4 t C). */
    static Unit carbonUnit(Study study) {
        return Unit.parse(study.getDisplayUnits() == null || study.getDisplayUnits().getCarbon() == null ? "10^4 t C"
                : study.getDisplayUnits().getCarbon());
    }

    /** How many of {@code unit} one t C is. */
    static double perTonne(Unit unit) {
        return Account.express(new Quantity(1, Units.T_C), unit).value();
    }

    /** {@code value, mean, sd, p2_5, p50, p97_5} in the given scale, as JSON fields of the open object. */
    static void json(JsonGenerator g, Statistics x, double scale) throws java.io.IOException {
        g.writeNumberField("value", x.point() * scale);
        g.writeNumberField("mean", x.mean() * scale);
        g.writeNumberField("sd", x.sd() * scale);
        g.writeNumberField("p2_5", x.p2_5() * scale);
        g.writeNumberField("p50", x.p50() * scale);
        g.writeNumberField("p97_5", x.p97_5() * scale);
    }

    /** {@code point,mean,sd,p2_5,p50,p97_5} in the given scale, for a CSV row (header {@link #CSV}). */
    static String csv(Statistics x, double scale) {
        return x.point() * scale + "," + x.mean() * scale + "," + x.sd() * scale + "," + x.p2_5() * scale + "," + x.p50() * scale + ","
                + x.p97_5() * scale;
    }

    static final String CSV = "mean,sd,p2_5,p50,p97_5";
}
