package org.landcarbon.scenarios;

import java.util.Map;

/**
 * The account of a projected study, year by year from the study's first year to the horizon:
 * net emission, sources and sinks totals and every component (sinks as positive absorption), all
 * in {@code unit}.
 */
public record AccountPath(String unit, YearSeries net, YearSeries sourcesTotal, YearSeries sinksTotal,
        Map<String, YearSeries> components) {
}
