package org.landcarbon.scenarios;

import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;

/**
 * One scenario evaluated: its projection, the account of every year, GDP where the study has
 * it, and the key figures.
 *
 * @param label a name unique within a comparison: the scenario's, or "study / scenario" across studies
 */
public record ScenarioResult(String label, Study study, Scenario scenario, ProjectedStudy projection,
        AccountPath account, YearSeries gdp, KeyFigures figures) {

    public boolean illustrative() {
        return scenario.isIllustrative();
    }
}
