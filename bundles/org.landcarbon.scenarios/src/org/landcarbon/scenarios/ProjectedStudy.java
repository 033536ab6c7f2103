package org.landcarbon.scenarios;

import java.util.List;
import java.util.Map;

import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;

/**
 * A study extended to a scenario's horizon: a detached copy of the study whose series carry the
 * projected years (provenance PROJECTED, with the rule and parameters), whose coefficient overrides
 * include the scenario's, and whose {@code endYear} is the horizon. The original study is untouched.
 *
 * @param study      the extended copy
 * @param scenario   the scenario it was projected under
 * @param baseYear   the last year of the study's own data
 * @param projected  every projected value by series id, including {@code reported.<component>} paths
 * @param components the projected paths of reported components ({@code reported.<component>} rules),
 *                   by component id: history as reported, then projected
 * @param notes      what the user should know: series left unprojected, rules cut at the horizon
 */
public record ProjectedStudy(Study study, Scenario scenario, int baseYear, Map<String, List<ProjectedValue>> projected,
        Map<String, YearSeries> components, List<String> notes) {

    /** The prefix of a rule's series id that projects a reported component rather than a series. */
    public static final String REPORTED_PREFIX = "reported.";

    public int horizonYear() {
        return study.getEndYear();
    }
}
