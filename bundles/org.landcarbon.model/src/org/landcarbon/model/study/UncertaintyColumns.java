package org.landcarbon.model.study;

import java.util.List;
import java.util.function.UnaryOperator;

import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Uncertainty;

/**
 * Reads a range from the optional table columns {@link #NAMES}, one parser for the coefficient CSV and the series
 * importers so that both accept and refuse the same cells with the same words (docs/uncertainty.md).
 *
 * @since 0.1.1
 */
public final class UncertaintyColumns {

    /** The range columns, in the order exporters write them. */
    public static final List<String> NAMES = List.of("distribution", "sd", "min", "max", "percent", "percent_upper",
            "uncertainty_source");

    /** A refused range: the column it is most likely wrong in and why. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final String column;

        Refused(String column, String reason) {
            super(reason);
            this.column = column;
        }

        /** One of {@link #NAMES}, or {@code min/max} when the pair is wrong. */
        public String column() {
            return column;
        }
    }

    private UncertaintyColumns() {
    }

    /**
     * The range a row gives, or null when its distribution is blank (then every range column must be blank).
     *
     * @param cell     the stripped text of a column of {@link #NAMES}, "" when blank or absent
     * @param point    the point value (ignored when {@code relative})
     * @param relative true for a series: sd, min and max are percent of each value
     * @param subject  the coefficient key or series id, for the message when the source is missing
     */
    public static Uncertainty parse(UnaryOperator<String> cell, double point, boolean relative, String subject) throws Refused {
        String kind = cell.apply("distribution");
        double[] p = new double[5];
        for (int i = 0; i < p.length; i++) {
            String column = NAMES.get(i + 1);
            String text = cell.apply(column);
            if (text.isEmpty()) {
                continue;
            }
            if (kind.isEmpty()) {
                throw new Refused(column, "'" + text + "' given without a distribution");
            }
            try {
                p[i] = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new Refused(column, "'" + text + "' is not a number");
            }
        }
        String source = cell.apply("uncertainty_source");
        if (kind.isEmpty()) {
            if (!source.isEmpty()) {
                throw new Refused("uncertainty_source", "a source given without a distribution");
            }
            return null;
        }
        String problem = Uncertainties.problem(kind, p[0], p[1], p[2], p[3], p[4], relative ? 0 : point, relative);
        if (problem != null) {
            throw new Refused(problemColumn(kind), relative ? problem + " (of each value)" : problem + " (value " + point + ")");
        }
        if (source.isEmpty()) {
            throw new Refused("uncertainty_source", "the range of " + subject + " must cite its source");
        }
        Uncertainty u = LandCarbonFactory.eINSTANCE.createUncertainty();
        u.setDistribution(kind);
        u.setSd(p[0]);
        u.setMin(p[1]);
        u.setMax(p[2]);
        u.setPercent(p[3]);
        u.setPercentUpper(p[4]);
        u.setSource(source);
        return u;
    }

    /** The cells of a range as {@link #NAMES} orders them (blank for unused parameters), for exporters. */
    public static List<String> cells(Uncertainty u) {
        if (u == null) {
            return List.of("", "", "", "", "", "", "");
        }
        String kind = u.getDistribution();
        boolean sd = Uncertainties.NORMAL.equals(kind) || Uncertainties.LOGNORMAL.equals(kind);
        boolean range = Uncertainties.TRIANGULAR.equals(kind) || Uncertainties.UNIFORM.equals(kind);
        boolean pct = Uncertainties.INTERVAL95PCT.equals(kind);
        return List.of(kind == null ? "" : kind, sd ? number(u.getSd()) : "", range ? number(u.getMin()) : "",
                range ? number(u.getMax()) : "", pct ? number(u.getPercent()) : "",
                pct && u.getPercentUpper() != 0 ? number(u.getPercentUpper()) : "", u.getSource() == null ? "" : u.getSource());
    }

    /** A short text of a range for previews and messages, e.g. {@code uniform -5 .. 5 % (source)}. */
    public static String describe(Uncertainty u, boolean relative) {
        String unit = relative ? " %" : "";
        String kind = u.getDistribution();
        String text = switch (kind == null ? "" : kind) {
            case Uncertainties.NORMAL, Uncertainties.LOGNORMAL -> kind + " sd " + number(u.getSd()) + unit;
            case Uncertainties.TRIANGULAR, Uncertainties.UNIFORM -> kind + " " + number(u.getMin()) + " .. " + number(u.getMax()) + unit;
            case Uncertainties.INTERVAL95PCT -> "+-" + number(u.getPercent())
                    + (u.getPercentUpper() != 0 ? "/+" + number(u.getPercentUpper()) : "") + " % (95 %)";
            default -> String.valueOf(kind);
        };
        return u.getSource() == null || u.getSource().isEmpty() ? text : text + " (" + u.getSource() + ")";
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String problemColumn(String kind) {
        return switch (kind) {
            case Uncertainties.NORMAL, Uncertainties.LOGNORMAL -> "sd";
            case Uncertainties.TRIANGULAR, Uncertainties.UNIFORM -> "min/max";
            case Uncertainties.INTERVAL95PCT -> "percent";
            default -> "distribution";
        };
    }
}
