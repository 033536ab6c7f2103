package org.landcarbon.scenarios.internal.rules;

import java.util.List;
import java.util.Map;

import org.landcarbon.scenarios.ProjectedValue;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ProjectionMethod;
import org.landcarbon.scenarios.ProjectionRequest;
import org.landcarbon.scenarios.RuleParameters;
import org.landcarbon.scenarios.YearSeries;

/** A rule that projects one series from its own known values. */
abstract class SingleSeriesMethod implements ProjectionMethod {

    @Override
    public final Map<String, List<ProjectedValue>> project(ProjectionRequest request) throws ProjectionException {
        YearSeries known = request.single();
        String id = request.seriesIds().get(0);
        if (request.untilYear() <= known.lastYear()) {
            return Map.of(id, List.of());
        }
        return Map.of(id, project(known, request.parameters(), request.untilYear()));
    }

    /** Values for every year from {@code known.lastYear() + 1} to {@code untilYear}. */
    abstract List<ProjectedValue> project(YearSeries known, RuleParameters p, int untilYear) throws ProjectionException;

    /** The known values within the optional {@code from}/{@code to} parameters, at least {@code min} of them. */
    static YearSeries window(YearSeries known, RuleParameters p, int min) throws ProjectionException {
        int from = p.year("from", known.firstYear());
        int to = p.year("to", known.lastYear());
        YearSeries w = known.between(from, to);
        if (w.size() < min) {
            throw p.problem("needs at least " + min + " known values in " + from + "-" + to + ", found " + w.size());
        }
        return w;
    }
}
