package org.landcarbon.scenarios;

import java.util.List;
import java.util.Map;

/**
 * How a series evolves beyond its history: the behaviour behind a {@code ProjectionRule} of a
 * given {@link #kind()}. Contributed as an OSGi service ({@code @Component(service =
 * ProjectionMethod.class)}), so an institution adds its own rule in its own bundle; the built-in
 * rules are registered the same way.
 */
public interface ProjectionMethod {

    /** The rule kind this method implements, as written in {@code ProjectionRule.kind}, e.g. {@code growth}. */
    String kind();

    /** A short human name, e.g. "annual growth rate". */
    String label();

    /** The parameters it understands. */
    List<ParameterInfo> parameters();

    /** A one-line summary of a rule with these parameters, e.g. "growth 1.9 %/a". */
    String summarize(RuleParameters parameters);

    /**
     * Projects every series of the request from the year after its last known value to
     * {@code request.untilYear()}, each value with its provenance detail.
     */
    Map<String, List<ProjectedValue>> project(ProjectionRequest request) throws ProjectionException;
}
