package org.landcarbon.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcarbon.scenarios.tests.TestStudies.series;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.Parameter;
import org.landcarbon.model.ProjectionRule;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.scenarios.ProjectionMethods;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioTemplate;
import org.landcarbon.scenarios.ScenarioTemplates;

class TemplatesTest {

    private static Study study() {
        Study s = TestStudies.study(2015, 2019);
        series(s, "area.construction", SeriesKind.LAND_AREA, "10^4 hm2", 2015, 10, 11, 12, 13, 14);
        series(s, "area.forest", SeriesKind.LAND_AREA, "10^4 hm2", 2015, 100, 100, 99, 99, 98);
        series(s, "area.water", SeriesKind.LAND_AREA, "10^4 hm2", 2015, 8, 7.9, 7.8, 7.7, 7.6);
        series(s, "area.cropland", SeriesKind.LAND_AREA, "10^4 hm2", 2015, 50, 50.5, 51, 51.5, 52);
        TestStudies.reported(s, "construction", 2015, 300, 310, 320, 330, 340);
        return s;
    }

    private static Study withGdp() {
        Study s = study();
        series(s, "gdp.secondary", SeriesKind.GDP, "10^8 yuan", 2015, 100, 110, 120, 130, 140);
        return s;
    }

    private static String rules(Scenario s) {
        return s.getRules().stream().map(TemplatesTest::text).collect(Collectors.joining("\n"));
    }

    private static String text(ProjectionRule r) {
        return r.getSeriesId() + " " + r.getKind() + " " + r.getParameters().stream()
                .map(p -> p.getName() + "=" + p.getValue()).collect(Collectors.joining(" "));
    }

    @Test
    void naturalDevelopmentContinuesRisingTrendsLinearlyAndFallingOnesAtTheirRate() {
        Scenario s = ScenarioTemplates.create(ScenarioTemplate.NATURAL_DEVELOPMENT, study(), 2060, 2015, List.of("construction"));
        assertEquals("""
                area.construction linear_trend from=2015 to=2019 anchor=last
                area.forest growth from=2015 to=2019
                area.water growth from=2015 to=2019
                area.cropland linear_trend from=2015 to=2019 anchor=last
                reported.construction linear_trend from=2015 to=2019 anchor=last""", rules(s));
        assertEquals("Natural development", s.getName());
        assertEquals(2060, s.getHorizonYear());
    }

    @Test
    void ecologicalProtectionSlowsConstructionThenStopsItAndProtectsSinks() {
        Scenario s = ScenarioTemplates.create(ScenarioTemplate.ECOLOGICAL_PROTECTION, study(), 2060, 2015, List.of("construction"));
        assertEquals("""
                area.construction linear_trend from=2015 to=2019 anchor=last factor=0.5 until=2030
                area.construction constant\s
                area.forest growth rate=0.5
                area.water constant\s
                area.cropland constant\s
                reported.construction linear_trend from=2015 to=2019 anchor=last factor=0.5 until=2030
                reported.construction constant\s""", rules(s));
    }

    @Test
    void economicDevelopmentSpeedsConstructionUpAndTheTemplatesProject() throws Exception {
        Study study = withGdp();
        Scenario s = ScenarioTemplates.create(ScenarioTemplate.ECONOMIC_DEVELOPMENT, study, 2030, 2015, List.of("construction"));
        assertEquals("area.construction linear_trend from=2015 to=2019 anchor=last factor=1.5", text(s.getRules().get(0)));
        // GDP grows at one and a half times its trend too (construction emission follows GDP in the energy-intensity method)
        assertEquals("gdp.secondary linear_trend from=2015 to=2019 anchor=last factor=1.5", text(s.getRules().get(4)));
        study.getScenarios().add(s);
        var p = new ScenarioProjector(ProjectionMethods.builtIn()).project(study, s);
        // construction emission: slope 10 /a x 1.5 from 340 in 2019: 2030 = 340 + 15 * 11 = 505
        assertEquals(505, p.components().get("construction").value(2030), 1e-9);
        // forest falls at its 2015-2019 rate (98/100)^(1/4) - 1 a year: 2030 = 98 * (0.98)^(11/4)
        double forest2030 = TestStudies.valueOf(TestStudies.seriesOf(p.study(), "area.forest"), 2030);
        assertEquals(98 * Math.pow(0.98, 11.0 / 4), forest2030, 1e-9);
        assertEquals(List.of(), p.notes());
        for (ProjectionRule r : s.getRules()) {
            for (Parameter q : r.getParameters()) {
                assertEquals(false, q.getValue().isBlank(), text(r));
            }
        }
    }
}
