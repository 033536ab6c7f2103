package org.landcarbon.model.study;

import java.util.List;

import org.landcarbon.model.Coefficient;
import org.landcarbon.model.Series;
import org.landcarbon.model.Uncertainty;

/**
 * The kinds of {@link Uncertainty} and the check of their parameters against the point value, shared by the
 * validator, the importers and the uncertainty engine so that all refuse the same things with the same words.
 */
public final class Uncertainties {

    public static final String NORMAL = "normal";
    public static final String LOGNORMAL = "lognormal";
    public static final String TRIANGULAR = "triangular";
    public static final String UNIFORM = "uniform";
    public static final String INTERVAL95PCT = "interval95pct";
    public static final List<String> KINDS = List.of(NORMAL, LOGNORMAL, TRIANGULAR, UNIFORM, INTERVAL95PCT);

    private Uncertainties() {
    }

    /** What is wrong with the uncertainty of a coefficient (parameters in the coefficient's unit), or null. */
    public static String problem(Coefficient c) {
        return c.getUncertainty() == null ? null : problem(c.getUncertainty(), c.getValue(), false);
    }

    /** What is wrong with the uncertainty of a series (parameters in percent of each value), or null. */
    public static String problem(Series s) {
        return s.getUncertainty() == null ? null : problem(s.getUncertainty(), 0, true);
    }

    /**
     * Checks a distribution's parameters against the point value it is centred on. {@code relative}: min, max
     * and sd are percent deviations from the value (a series), so the point is 0 and min must exceed -100.
     */
    public static String problem(Uncertainty u, double point, boolean relative) {
        return problem(u.getDistribution(), u.getSd(), u.getMin(), u.getMax(), u.getPercent(), u.getPercentUpper(), point, relative);
    }

    public static String problem(String kind, double sd, double min, double max, double percent, double percentUpper, double point,
            boolean relative) {
        if (kind == null || !KINDS.contains(kind)) {
            return "unknown distribution '" + kind + "' (use one of " + String.join(", ", KINDS) + ")";
        }
        for (double v : new double[] { sd, min, max, percent, percentUpper }) {
            if (!Double.isFinite(v)) {
                return "a parameter of the " + kind + " distribution is not a number";
            }
        }
        String unit = relative ? " %" : "";
        switch (kind) {
        case NORMAL, LOGNORMAL -> {
            if (sd <= 0) {
                return "the " + kind + " distribution needs a positive sd, not " + sd + unit;
            }
            if (kind.equals(LOGNORMAL) && !relative && point == 0) {
                return "a lognormal distribution cannot be centred on the value 0";
            }
        }
        case TRIANGULAR, UNIFORM -> {
            if (!(min < max)) {
                return "the " + kind + " distribution needs min < max, not min " + min + unit + " and max " + max + unit;
            }
            if (point < min || point > max) {
                return "the range " + min + unit + " to " + max + unit + " excludes the point value " + point + unit;
            }
            if (relative && min <= -100) {
                return "a relative range cannot reach -100 % or below (min " + min + " %)";
            }
        }
        default -> {
            if (percent <= 0) {
                return "the interval95pct distribution needs a positive percent (the 95 % half-width), not " + percent;
            }
            if (percentUpper < 0) {
                return "the upper half-width percentUpper cannot be negative (" + percentUpper + ")";
            }
        }
        }
        return null;
    }
}
