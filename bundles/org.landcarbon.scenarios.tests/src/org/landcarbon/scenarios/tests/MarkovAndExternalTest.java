package org.landcarbon.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landcarbon.scenarios.tests.TestStudies.F;
import static org.landcarbon.scenarios.tests.TestStudies.rule;
import static org.landcarbon.scenarios.tests.TestStudies.scenario;
import static org.landcarbon.scenarios.tests.TestStudies.series;
import static org.landcarbon.scenarios.tests.TestStudies.seriesOf;
import static org.landcarbon.scenarios.tests.TestStudies.valueOf;
import static org.landcarbon.scenarios.tests.TestStudies.yearValue;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.SeriesOverride;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.scenarios.ProjectedStudy;
import org.landcarbon.scenarios.ProjectionException;
import org.landcarbon.scenarios.ProjectionMethods;
import org.landcarbon.scenarios.ScenarioProjector;

class MarkovAndExternalTest {

    private static final double EPS = 1e-9;

    private final ScenarioProjector projector = new ScenarioProjector(ProjectionMethods.builtIn());

    private static Study twoClasses() {
        Study s = TestStudies.study(2019, 2019);
        series(s, "area.cropland", SeriesKind.LAND_AREA, "10^4 hm2", 2019, 100);
        series(s, "area.construction", SeriesKind.LAND_AREA, "10^4 hm2", 2019, 50);
        return s;
    }

    @Test
    void markovChainMovesAreasAndConservesTheTotal() throws Exception {
        Study s = twoClasses();
        Scenario sc = scenario(s, "markov", 2021);
        rule(sc, "area.cropland, area.construction", "markov", "matrix", "0.8 0.2; 0.1 0.9");
        ProjectedStudy p = projector.project(s, sc);
        // a(2020) = (100, 50) x P = (100*0.8 + 50*0.1, 100*0.2 + 50*0.9) = (85, 65)
        // a(2021) = (85*0.8 + 65*0.1, 85*0.2 + 65*0.9) = (74.5, 75.5)
        var crop = seriesOf(p.study(), "area.cropland");
        var built = seriesOf(p.study(), "area.construction");
        assertEquals(85, valueOf(crop, 2020), EPS);
        assertEquals(65, valueOf(built, 2020), EPS);
        assertEquals(74.5, valueOf(crop, 2021), EPS);
        assertEquals(75.5, valueOf(built, 2021), EPS);
        for (int y = 2020; y <= 2021; y++) {
            assertEquals(150, valueOf(crop, y) + valueOf(built, y), EPS, "total area in " + y);
        }
        assertTrue(yearValue(crop, 2020).getProvenanceDetail().contains("Markov chain from the 2019 areas (total 150)"));
    }

    @Test
    void markovStepOfSeveralYearsIsInterpolatedAndTransferAreasAreNormalized() throws Exception {
        Study s = twoClasses();
        Scenario sc = scenario(s, "markov2", 2023);
        // transfer areas: 80 of cropland stays, 20 goes to construction; 5 of construction to cropland, 45 stays
        rule(sc, "area.cropland,area.construction", "markov", "matrix", "80,20;5,45", "normalize", "true", "step", "2");
        ProjectedStudy p = projector.project(s, sc);
        var crop = seriesOf(p.study(), "area.cropland");
        // P = [[0.8, 0.2], [0.1, 0.9]]; 2021: 85, 2023: 74.5; 2020 and 2022 half way: 92.5 and 79.75
        assertEquals(92.5, valueOf(crop, 2020), EPS);
        assertEquals(85, valueOf(crop, 2021), EPS);
        assertEquals(79.75, valueOf(crop, 2022), EPS);
        assertEquals(74.5, valueOf(crop, 2023), EPS);
    }

    @Test
    void markovRowsMustSumToOne() {
        Study s = twoClasses();
        Scenario sc = scenario(s, "bad", 2021);
        rule(sc, "area.cropland,area.construction", "markov", "matrix", "0.8 0.3; 0.1 0.9");
        ProjectionException e = assertThrows(ProjectionException.class, () -> projector.project(s, sc));
        assertTrue(e.getMessage().contains("matrix row 1 sums to 1.1, not 1"), e.getMessage());
    }

    @Test
    void externalValuesWinTheirYearsAndGapsAreInterpolated() throws Exception {
        Study s = TestStudies.study(2019, 2019);
        series(s, "area.construction", SeriesKind.LAND_AREA, "10^4 hm2", 2019, 100);
        Scenario sc = scenario(s, "plus", 2032);
        SeriesOverride o = F.createSeriesOverride();
        o.setSeriesId("area.construction");
        o.getValues().add(value(2025, 130, "plus-demand.csv:3"));
        o.getValues().add(value(2030, 140, "plus-demand.csv:4"));
        sc.getSeriesOverrides().add(o);
        ProjectedStudy p = projector.project(s, sc);
        var c = seriesOf(p.study(), "area.construction");
        // 100 in 2019 to 130 in 2025: +5 a year; 130 to 140 in 2030: +2 a year
        assertEquals(105, valueOf(c, 2020), EPS);
        assertEquals(125, valueOf(c, 2024), EPS);
        assertEquals(130, valueOf(c, 2025), EPS);
        assertEquals(132, valueOf(c, 2026), EPS);
        assertEquals(140, valueOf(c, 2030), EPS);
        YearValue v2025 = yearValue(c, 2025);
        assertEquals(ProvenanceKind.PROJECTED, v2025.getProvenance());
        assertEquals("scenario 'plus': external value (IMPORTED: plus-demand.csv:3)", v2025.getProvenanceDetail());
        assertEquals("scenario 'plus': interpolated linearly between 2019 value 100 and 2025 value 130",
                yearValue(c, 2020).getProvenanceDetail());
        // nothing says what happens after 2030: not projected, and said so
        assertTrue(c.getValues().stream().noneMatch(v -> v.getYear() > 2030));
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("area.construction is not projected beyond 2030")), p.notes().toString());
    }

    @Test
    void scenarioCoefficientsReplaceTheStudysAndTheStudyStaysUntouched() throws Exception {
        Study s = twoClasses();
        Coefficient own = F.createCoefficient();
        own.setKey("sink.forest");
        own.setValue(-0.644);
        s.getCoefficientOverrides().add(own);
        Scenario sc = scenario(s, "coef", 2020);
        rule(sc, "area.cropland", "constant");
        Coefficient c = F.createCoefficient();
        c.setKey("sink.forest");
        c.setValue(-0.578);
        c.setSource("alternative rate");
        sc.getCoefficientOverrides().add(c);
        ProjectedStudy p = projector.project(s, sc);
        assertEquals(1, p.study().getCoefficientOverrides().size());
        assertEquals(-0.578, p.study().getCoefficientOverrides().get(0).getValue(), 0);
        assertEquals("scenario 'coef': alternative rate", p.study().getCoefficientOverrides().get(0).getSource());
        assertEquals(-0.644, s.getCoefficientOverrides().get(0).getValue(), 0);
        assertEquals(1, seriesOf(s, "area.cropland").getValues().size(), "the study itself gains no projected years");
        assertEquals(2019, s.getEndYear());
        assertEquals(2020, p.study().getEndYear());
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("area.construction is not projected beyond 2019")));
    }

    @Test
    void reportedComponentsAreProjectedFromTheirHistory() throws Exception {
        Study s = TestStudies.study(2017, 2019);
        TestStudies.reported(s, "construction", 2017, 10, 12, 14);
        Scenario sc = scenario(s, "rep", 2021);
        rule(sc, "reported.construction", "linear_trend");
        ProjectedStudy p = projector.project(s, sc);
        // slope 2 /a through 10, 12, 14: 16, 18
        assertEquals(16, p.components().get("construction").value(2020), EPS);
        assertEquals(18, p.components().get("construction").value(2021), EPS);
        assertEquals(10, p.components().get("construction").value(2017), EPS);
        assertEquals("linear trend (least squares 2017-2019, slope 2/a): 14 in 2019 on the line",
                p.projected().get("reported.construction").get(0).detail());
    }

    @Test
    void anExternalValueInsideTheHistoryMovesTheBaselineTheRulesStartFrom() throws Exception {
        Study s = TestStudies.study(2018, 2019);
        series(s, "area.forest", SeriesKind.LAND_AREA, "10^4 hm2", 2018, 100, 100);
        Scenario sc = scenario(s, "corrected", 2020);
        rule(sc, "area.forest", "growth", "rate", "10");
        SeriesOverride o = F.createSeriesOverride();
        o.setSeriesId("area.forest");
        o.getValues().add(value(2019, 120, "survey-2019.csv:2"));
        sc.getSeriesOverrides().add(o);
        ProjectedStudy p = projector.project(s, sc);
        var forest = seriesOf(p.study(), "area.forest");
        // 2019 corrected to 120; 2020 = 120 x 1.1 = 132
        assertEquals(120, valueOf(forest, 2019), EPS);
        assertEquals(132, valueOf(forest, 2020), EPS);
        assertEquals("scenario 'corrected': external value (IMPORTED: survey-2019.csv:2)", yearValue(forest, 2019).getProvenanceDetail());
    }

    private static YearValue value(int year, double v, String source) {
        YearValue y = F.createYearValue();
        y.setYear(year);
        y.setValue(v);
        y.setProvenance(ProvenanceKind.IMPORTED);
        y.setProvenanceDetail(source);
        return y;
    }
}
