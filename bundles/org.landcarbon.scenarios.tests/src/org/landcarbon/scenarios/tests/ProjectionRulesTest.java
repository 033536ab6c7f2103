package org.landcarbon.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landcarbon.scenarios.tests.TestStudies.rule;
import static org.landcarbon.scenarios.tests.TestStudies.scenario;
import static org.landcarbon.scenarios.tests.TestStudies.series;
import static org.landcarbon.scenarios.tests.TestStudies.seriesOf;
import static org.landcarbon.scenarios.tests.TestStudies.valueOf;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.scenarios.ProjectedStudy;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ProjectionMethods;
import org.landcarbon.scenarios.ScenarioProjector;

/** Each single-series rule against values worked out by hand in the comments. */
class ProjectionRulesTest {

    private static final double EPS = 1e-9;

    private final ScenarioProjector projector = new ScenarioProjector(ProjectionMethods.builtIn());

    /** History 2015-2019: 10, 12, 13, 15, 16 (area.forest, 10^4 hm2). */
    private static Study trendStudy() {
        Study s = TestStudies.study(2015, 2019);
        series(s, "area.forest", SeriesKind.LAND_AREA, "10^4 hm2", 2015, 10, 12, 13, 15, 16);
        return s;
    }

    private double projected(Study s, Scenario sc, int year) throws ProjectionException {
        return valueOf(seriesOf(projector.project(s, sc).study(), "area.forest"), year);
    }

    @Test
    void constantHoldsTheLastValueOrTheMean() throws Exception {
        Study s = trendStudy();
        Scenario last = scenario(s, "last", 2021);
        rule(last, "area.forest", "constant");
        assertEquals(16, projected(s, last, 2020), EPS);
        assertEquals(16, projected(s, last, 2021), EPS);
        Scenario mean = scenario(s, "mean", 2021);
        rule(mean, "area.forest", "constant", "basis", "mean", "from", "2016");
        // (12 + 13 + 15 + 16) / 4 = 14
        assertEquals(14, projected(s, mean, 2021), EPS);
    }

    @Test
    void growthAtAGivenRateCompoundsFromTheLastValue() throws Exception {
        Study s = TestStudies.study(2017, 2019);
        series(s, "area.construction", SeriesKind.LAND_AREA, "10^4 hm2", 2017, 50, 51, 52.3);
        Scenario sc = scenario(s, "g", 2021);
        rule(sc, "area.construction", "growth", "rate", "1.9");
        ProjectedStudy p = projector.project(s, sc);
        var series = seriesOf(p.study(), "area.construction");
        // 52.3 * 1.019 = 53.2937; 53.2937 * 1.019 = 54.3062803
        assertEquals(53.2937, valueOf(series, 2020), EPS);
        assertEquals(54.3062803, valueOf(series, 2021), EPS);
        assertEquals("scenario 'g': growth 1.9 %/a from 2019 value 52.3",
                TestStudies.yearValue(series, 2020).getProvenanceDetail());
    }

    @Test
    void growthAtTheHistoricalRateScaledByAFactor() throws Exception {
        Study s = TestStudies.study(2017, 2019);
        series(s, "area.construction", SeriesKind.LAND_AREA, "10^4 hm2", 2017, 50, 55, 60.5);
        Scenario sc = scenario(s, "half", 2020);
        rule(sc, "area.construction", "growth", "factor", "0.5");
        // historical rate 2017-2019: (60.5 / 50)^(1/2) - 1 = 1.1 - 1 = 10 %/a; half of it 5 %/a;
        // 2020: 60.5 * 1.05 = 63.525
        ProjectedStudy p = projector.project(s, sc);
        var series = seriesOf(p.study(), "area.construction");
        assertEquals(63.525, valueOf(series, 2020), EPS);
        assertEquals("scenario 'half': growth 5 %/a from 2019 value 60.5 (historical average 2017-2019 10 %/a x 0.5)",
                TestStudies.yearValue(series, 2020).getProvenanceDetail());
    }

    @Test
    void targetOnALinearOrACompoundPathThenHeld() throws Exception {
        Study s = TestStudies.study(2019, 2019);
        series(s, "area.forest", SeriesKind.LAND_AREA, "10^4 hm2", 2019, 100);
        Scenario linear = scenario(s, "lin", 2023);
        rule(linear, "area.forest", "target", "year", "2022", "value", "130");
        // 100 + 30 * 1/3, 2/3, 3/3 = 110, 120, 130; held at 130 in 2023
        assertEquals(110, projected(s, linear, 2020), EPS);
        assertEquals(120, projected(s, linear, 2021), EPS);
        assertEquals(130, projected(s, linear, 2022), EPS);
        assertEquals(130, projected(s, linear, 2023), EPS);
        Scenario compound = scenario(s, "cmp", 2022);
        rule(compound, "area.forest", "target", "year", "2022", "value", "133.1", "path", "compound");
        // 100 * (1.331)^(k/3) = 100 * 1.1^k: 110, 121, 133.1
        assertEquals(110, projected(s, compound, 2020), EPS);
        assertEquals(121, projected(s, compound, 2021), EPS);
        assertEquals(133.1, projected(s, compound, 2022), EPS);
    }

    @Test
    void linearTrendByLeastSquaresOnTheLineOrFromTheLastValue() throws Exception {
        // years 2015..2019, mean year 2017, mean value 13.2; deviations -2..2;
        // Sxy = (-2)(-3.2) + (-1)(-1.2) + 0 + (1)(1.8) + (2)(2.8) = 15, Sxx = 10, slope 1.5 /a;
        // the line at 2019: 13.2 + 1.5 * 2 = 16.2
        Study s = trendStudy();
        Scenario line = scenario(s, "line", 2021);
        rule(line, "area.forest", "linear_trend");
        assertEquals(17.7, projected(s, line, 2020), EPS);
        assertEquals(19.2, projected(s, line, 2021), EPS);
        Scenario last = scenario(s, "last", 2021);
        rule(last, "area.forest", "linear_trend", "anchor", "last");
        // 16 + 1.5 = 17.5, 16 + 3 = 19
        assertEquals(17.5, projected(s, last, 2020), EPS);
        assertEquals(19.0, projected(s, last, 2021), EPS);
    }

    @Test
    void rulesRunAsSegmentsEachFromWhereTheLastEnded() throws Exception {
        Study s = TestStudies.study(2019, 2019);
        series(s, "area.forest", SeriesKind.LAND_AREA, "10^4 hm2", 2019, 100);
        Scenario sc = scenario(s, "seg", 2023);
        rule(sc, "area.forest", "growth", "rate", "10", "until", "2021");
        rule(sc, "area.forest", "growth", "rate", "-50");
        // 110, 121, then halving from 121: 60.5, 30.25
        assertEquals(110, projected(s, sc, 2020), EPS);
        assertEquals(121, projected(s, sc, 2021), EPS);
        assertEquals(60.5, projected(s, sc, 2022), EPS);
        assertEquals(30.25, projected(s, sc, 2023), EPS);
    }

    @Test
    void aRuleThatDrivesAnAreaBelowZeroIsRefusedNotClipped() {
        Study s = TestStudies.study(2017, 2019);
        series(s, "area.grassland", SeriesKind.LAND_AREA, "10^4 hm2", 2017, 30, 20, 10);
        Scenario sc = scenario(s, "down", 2022);
        rule(sc, "area.grassland", "linear_trend");
        // slope -10 /a: 0 in 2020, -10 in 2021
        ProjectionException e = assertThrows(ProjectionException.class, () -> projector.project(s, sc));
        assertTrue(e.getMessage().contains("area.grassland would be -10 in 2021"), e.getMessage());
    }

    @Test
    void badParametersNameScenarioRuleAndParameter() {
        Study s = trendStudy();
        Scenario sc = scenario(s, "bad", 2021);
        rule(sc, "area.forest", "growth", "rate", "fast");
        ProjectionException e = assertThrows(ProjectionException.class, () -> projector.project(s, sc));
        assertEquals("scenario 'bad', rule growth for area.forest: parameter 'rate' must be a number, got 'fast'", e.getMessage());
        Scenario unknown = scenario(s, "unknown", 2021);
        rule(unknown, "area.forest", "sigmoid");
        e = assertThrows(ProjectionException.class, () -> projector.project(s, unknown));
        assertTrue(e.getMessage().contains("no projection rule 'sigmoid' is installed"), e.getMessage());
        Scenario missing = scenario(s, "missing", 2021);
        rule(missing, "area.water", "constant");
        e = assertThrows(ProjectionException.class, () -> projector.project(s, missing));
        assertTrue(e.getMessage().contains("the study has no series area.water"), e.getMessage());
    }
}
