package org.landcarbon.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landcarbon.scenarios.tests.TestStudies.rule;
import static org.landcarbon.scenarios.tests.TestStudies.scenario;
import static org.landcarbon.scenarios.tests.TestStudies.series;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.scenarios.AccountPath;
import org.landcarbon.scenarios.ComparisonSettings;
import org.landcarbon.scenarios.DecouplingPeriod;
import org.landcarbon.scenarios.DecouplingState;
import org.landcarbon.scenarios.ProjectedStudy;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.landcarbon.scenarios.ScenarioComparer;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioResult;

/** The real account (accounting bundle, seed coefficients) run for every scenario year, through the DS services. */
class AccountBridgeTest {

    private static Study study() {
        Study s = TestStudies.study(2018, 2019);
        // the study's own set with the one rate it needs (seed Table 2); the components the study
        // has no data for (cropland absorption, agricultural-land emission) come from reported values
        // held constant, as in the Guizhou sample
        CoefficientSet set = TestStudies.F.createCoefficientSet();
        set.setId("forest-only");
        Coefficient forest = TestStudies.F.createCoefficient();
        forest.setKey("sink.forest");
        forest.setValue(-0.644);
        forest.setUnit("t C / (hm2 a)");
        forest.setSource("seed paper, Table 2");
        set.getEntries().add(forest);
        s.getCoefficientSets().add(set);
        s.setCoefficientSetId("forest-only");
        series(s, "area.forest", SeriesKind.LAND_AREA, "10^4 hm2", 2018, 898, 900);
        TestStudies.reported(s, "construction", 2018, 6400, 6700);
        TestStudies.reported(s, "cropland", 2018, 1200, 1250);
        TestStudies.reported(s, "agricultural_land", 2018, 150, 150);
        return s;
    }

    private static void heldComponents(Scenario sc) {
        rule(sc, "reported.cropland", "constant");
        rule(sc, "reported.agricultural_land", "constant");
    }

    @Test
    void theAccountRunsForEveryScenarioYearWithAreaSinksAndProjectedComponents() throws Exception {
        Study s = study();
        Scenario sc = scenario(s, "Forest", 2021);
        rule(sc, "area.forest", "growth", "rate", "0.5");
        rule(sc, "reported.construction", "linear_trend");
        heldComponents(sc);
        ScenarioAccounting accounting = Services.get(ScenarioAccounting.class);
        ScenarioProjector projector = new ScenarioProjector(Services.get(ProjectionMethodRegistry.class).snapshot());
        ProjectedStudy p = projector.project(s, sc);
        AccountPath a = accounting.account(p);
        assertEquals("10^4 t C", a.unit());
        assertEquals(List.of(2018, 2019, 2020, 2021), List.copyOf(a.net().asMap().keySet()));
        // forest sink = area (10^4 hm2) x 0.644 t C/(hm2 a) = 10^4 t C: 2019: 900 x 0.644 = 579.6
        assertEquals(579.6, a.components().get("forest").value(2019), 1e-9);
        // 2020: area 900 x 1.005 = 904.5, sink 904.5 x 0.644 = 582.498; construction on the line 6400, 6700: 7000
        assertEquals(582.498, a.components().get("forest").value(2020), 1e-9);
        assertEquals(7000, a.components().get("construction").value(2020), 1e-9);
        // net = construction + agricultural land (150) - forest - cropland (1250 from 2019 on)
        assertEquals(7000 + 150 - 582.498 - 1250, a.net().value(2020), 1e-9);
        // 2021: 904.5 x 1.005 = 909.0225, x 0.644 = 585.41049; construction 7300
        assertEquals(7300 + 150 - 585.41049 - 1250, a.net().value(2021), 1e-9);
        assertEquals(6700 + 150 - 579.6 - 1250, a.net().value(2019), 1e-9);
        assertTrue(p.study().getReportedValues().stream().anyMatch(r -> r.getYear() == 2020
                && r.getSource().startsWith("PROJECTED in scenario 'Forest': linear trend")));
    }

    @Test
    void keyFiguresOnTheRealAccount() throws Exception {
        Study s = study();
        Scenario sc = scenario(s, "Down", 2022);
        rule(sc, "area.forest", "constant");
        rule(sc, "reported.construction", "target", "year", "2022", "value", "6100");
        heldComponents(sc);
        ScenarioComparer comparer = new ScenarioComparer(
                new ScenarioProjector(Services.get(ProjectionMethodRegistry.class).snapshot()),
                Services.get(ScenarioAccounting.class));
        ScenarioResult r = comparer.evaluate("Down", s, sc, ComparisonSettings.defaults().withCumulative(2020, 2022));
        // construction 6700 -> 6100 by 2022, linear: 6500, 6300, 6100; forest sink 579.6 each year from 2019;
        // net = construction + 150 - forest - cropland:
        // 2018: 6400 + 150 - 898 x 0.644 - 1200 = 4771.688; 2019: 6700 + 150 - 579.6 - 1250 = 5020.4;
        // then 4820.4, 4620.4, 4420.4: peak 2019
        assertEquals(4771.688, r.account().net().value(2018), 1e-9);
        assertEquals(2019, r.figures().peak().year());
        assertEquals(5020.4, r.figures().peak().value(), 1e-9);
        assertEquals(4820.4 + 4620.4 + 4420.4, r.figures().cumulative(), 1e-9);
    }

    @Test
    void decouplingFromTheStudysGdpPerFiveYearPeriod() throws Exception {
        Study s = study();
        series(s, "gdp.primary", SeriesKind.GDP, "10^8 yuan", 2018, 90, 100);
        series(s, "gdp.secondary", SeriesKind.GDP, "10^8 yuan", 2018, 180, 200);
        series(s, "gdp.tertiary", SeriesKind.GDP, "10^8 yuan", 2018, 270, 300);
        Scenario sc = scenario(s, "Growth", 2025);
        rule(sc, "area.forest", "constant");
        rule(sc, "reported.construction", "growth", "rate", "5");
        heldComponents(sc);
        for (String sector : List.of("gdp.primary", "gdp.secondary", "gdp.tertiary")) {
            rule(sc, sector, "growth", "rate", "10");
        }
        ScenarioComparer comparer = new ScenarioComparer(
                new ScenarioProjector(Services.get(ProjectionMethodRegistry.class).snapshot()),
                Services.get(ScenarioAccounting.class));
        ScenarioResult r = comparer.evaluate("Growth", s, sc, ComparisonSettings.defaults());
        List<DecouplingPeriod> periods = r.figures().decoupling();
        assertEquals(List.of("2018-2020", "2020-2025"), periods.stream().map(p -> p.from() + "-" + p.to()).toList());
        // net = construction + 150 - 900 x 0.644 - 1250, construction 6700 x 1.05^(y - 2019); GDP 600 x 1.1^(y - 2019)
        double c2020 = 6700 * 1.05 + 150 - 579.6 - 1250;
        double c2025 = 6700 * Math.pow(1.05, 6) + 150 - 579.6 - 1250;
        double g2020 = 660;
        double g2025 = 600 * Math.pow(1.1, 6);
        DecouplingPeriod later = periods.get(1);
        assertEquals((c2025 - c2020) / c2020, later.emissionChange(), 1e-9);
        assertEquals((g2025 - g2020) / g2020, later.gdpChange(), 1e-9);
        // e = 0.3629 / 0.6105 = 0.594: emission grows, slower than GDP: weak decoupling
        assertEquals(0.594, later.elasticity(), 0.001);
        assertEquals(DecouplingState.WEAK_DECOUPLING, later.state());
        // 2018-2020: net 4771.688 -> 5355.4 (+12.2 %), GDP 540 -> 660 (+22.2 %): e = 0.55, weak decoupling
        assertEquals((c2020 - 4771.688) / 4771.688 / (120.0 / 540), periods.get(0).elasticity(), 1e-9);
    }
}
