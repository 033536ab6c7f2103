package org.landcarbon.scenarios;

import java.util.List;
import java.util.OptionalInt;

/**
 * The figures a scenario is judged by, computed from its yearly net emission (and GDP for
 * decoupling). All in the unit of the path given.
 *
 * @param peak        the peak year and value, or none before the horizon
 * @param cumulative  the sum of the yearly values over {@code cumulativeFrom}-{@code cumulativeTo}, both
 *                    inclusive (null when the path does not cover the period)
 * @param belowYear   the first year from which the path stays below {@code threshold} to the horizon
 * @param decoupling  the Tapio decoupling state per period (empty without GDP)
 */
public record KeyFigures(Peak peak, int cumulativeFrom, int cumulativeTo, Double cumulative, double threshold,
        OptionalInt belowYear, List<DecouplingPeriod> decoupling) {

    /** Sum of the yearly values from {@code from} to {@code to}, both inclusive; every year must be there. */
    public static double cumulative(YearSeries path, int from, int to) {
        if (to < from) {
            throw new IllegalArgumentException("period " + from + "-" + to + " ends before it starts");
        }
        double sum = 0;
        for (int y = from; y <= to; y++) {
            if (!path.has(y)) {
                throw new IllegalArgumentException("no value for " + y + " in the period " + from + "-" + to);
            }
            sum += path.value(y);
        }
        return sum;
    }

    /**
     * The first year from which the path stays strictly below {@code threshold} through its last
     * year: a lasting crossing, so a single dip that rises again does not count.
     */
    public static OptionalInt firstYearStayingBelow(YearSeries path, double threshold) {
        Integer year = null;
        for (var e : path.asMap().descendingMap().entrySet()) {
            if (e.getValue() < threshold) {
                year = e.getKey();
            } else {
                break;
            }
        }
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }
}
