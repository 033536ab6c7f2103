package org.landcarbon.scenarios;

import static org.landcarbon.scenarios.internal.Numbers.num;

/**
 * The peak of a path: the year and value of its maximum. When the maximum falls on the last year
 * (the path is still rising, or at least not yet falling, at the horizon) there is no peak before
 * the horizon: {@code reached} is false and {@code year}/{@code value} are the horizon's.
 */
public record Peak(boolean reached, int year, double value) {

    /** The earliest year of the maximum; equal values later count as a plateau after the peak. */
    public static Peak of(YearSeries path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("an empty path has no peak");
        }
        int bestYear = path.firstYear();
        double best = path.value(bestYear);
        for (var e : path.asMap().entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                bestYear = e.getKey();
            }
        }
        return new Peak(bestYear != path.lastYear(), bestYear, best);
    }

    public String describe() {
        return reached ? "peak " + num(value) + " in " + year : "no peak before the horizon " + year + " (" + num(value) + ")";
    }
}
