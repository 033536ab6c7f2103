package org.landcarbon.scenarios;

import java.util.List;
import java.util.Map;

/**
 * What a projection method gets: the series it projects with their known values (history and
 * whatever earlier rules of the same scenario already projected), the rule's parameters and the
 * last year to project. A method projects each series from the year after its last known value
 * up to {@code untilYear}.
 *
 * @param seriesIds  the series the rule applies to (one, or several for a joint rule such as a Markov chain)
 * @param known      the known values of each of those series
 * @param units      the unit of each series, for provenance text
 * @param parameters the rule's parameters
 * @param untilYear  the last year to project (the rule's {@code until}, or the scenario's horizon)
 */
public record ProjectionRequest(List<String> seriesIds, Map<String, YearSeries> known, Map<String, String> units,
        RuleParameters parameters, int untilYear) {

    /** The known values of the only series of a single-series rule. */
    public YearSeries single() throws ProjectionException {
        if (seriesIds.size() != 1) {
            throw parameters.problem("applies to exactly one series, got " + seriesIds);
        }
        YearSeries s = known.get(seriesIds.get(0));
        if (s == null || s.isEmpty()) {
            throw parameters.problem("series " + seriesIds.get(0) + " has no values to project from");
        }
        return s;
    }

    public String unit(String seriesId) {
        String u = units.get(seriesId);
        return u == null ? "" : u;
    }
}
