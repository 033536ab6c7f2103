package org.landcarbon.uncertainty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Parameter;
import org.landcarbon.model.ProjectionRule;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;
import org.landcarbon.scenarios.AccountPath;
import org.landcarbon.scenarios.Peak;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.uncertainty.PeakDistribution;
import org.landcarbon.uncertainty.ScenarioUncertainty;
import org.landcarbon.uncertainty.Statistics;
import org.landcarbon.uncertainty.UncertainInput;
import org.landcarbon.uncertainty.UncertaintyModel;

/** Peak years over draws by hand, and Monte Carlo through a scenario of the demo county. */
class ScenarioUncertaintyTest {

    /** A model of one output "net" over 2020-2024 whose draws are given directly. */
    private static UncertaintyModel paths(double[] point) {
        return new UncertaintyModel() {
            public String studyName() {
                return "paths";
            }

            public List<Integer> years() {
                return List.of(2020, 2021, 2022, 2023, 2024);
            }

            public List<String> outputs() {
                return List.of("net");
            }

            public List<UncertainInput> inputs() {
                return List.of();
            }

            public double[][] correlation() {
                return new double[0][0];
            }

            public double[] point() {
                return point;
            }

            public double[] evaluate(double[] x) {
                return point;
            }

            public List<String> notes() {
                return List.of();
            }
        };
    }

    @Test
    void peakYearsCountedByHand() {
        UncertaintyModel m = paths(new double[] { 1, 3, 2, 2, 1 });
        double[][] draws = { { 1, 3, 2, 2, 1 }, // 2021
                { 1, 2, 3, 3, 1 }, // 2022, the earliest of a plateau
                { 1, 2, 3, 4, 5 }, // still rising: no peak before the horizon
                { 5, 4, 3, 2, 1 }, // 2020
                { 1, 3, 2, 2, 1 } }; // 2021
        PeakDistribution p = PeakDistribution.of(m, draws, "net");
        assertTrue(p.pointReached());
        assertEquals(2021, p.pointYear());
        assertEquals(Map.of(2020, 1, 2021, 2, 2022, 1), p.years());
        assertEquals(1, p.noPeak());
        assertEquals(0.6, p.probabilityByYear(2021), 1e-15);
        assertEquals(0.8, p.probabilityByYear(2030), 1e-15);
        assertEquals(0.2, p.probabilityNoPeak(), 1e-15);
        assertEquals(2021, p.quantileYear(0.5)); // 3 of 5 by 2021
        assertEquals(2022, p.quantileYear(0.8));
        assertEquals(Integer.MAX_VALUE, p.quantileYear(0.975));
    }

    @Test
    void monteCarloThroughAScenarioMatchesItsPointAccount() throws Exception {
        Study study = Services.sample("demo-county.landcarbon");
        Uncertainty u = LandCarbonFactory.eINSTANCE.createUncertainty();
        u.setDistribution("interval95pct");
        u.setPercent(30);
        u.setSource("test range, made up");
        study.getCoefficientSets().stream().flatMap(s -> s.getEntries().stream()).filter(c -> "sink.forest".equals(c.getKey())).findFirst()
                .orElseThrow().setUncertainty(u);
        Scenario scenario = study.getScenarios().get(0);
        ScenarioProjector projector = new ScenarioProjector(Services.get(ProjectionMethodRegistry.class).snapshot());
        UncertaintyModel model = ScenarioUncertainty.model(Services.uncertainty(), study, scenario, projector);
        assertEquals(1, model.inputs().size());
        assertEquals(scenario.getHorizonYear(), model.years().get(model.years().size() - 1));

        // the point of the model is the scenario's own account, year by year, and so is its peak
        AccountPath path = Services.get(ScenarioAccounting.class).account(projector.project(study, scenario));
        Unit unit = Unit.parse(path.unit());
        double scale = org.landcarbon.accounting.Account.express(new Quantity(1, Units.T_C), unit).value();
        for (int y : model.years()) {
            double expected = path.net().value(y);
            assertEquals(expected, model.point()[model.index(y, "net")] * scale, 1e-9 * Math.max(1, Math.abs(expected)), "net " + y);
        }
        ScenarioUncertainty.Result r = ScenarioUncertainty.monteCarlo(scenario.getName(), model, 4000, 3);
        Peak peak = Peak.of(path.net());
        assertEquals(peak.reached(), r.peaks().pointReached());
        assertEquals(peak.year(), r.peaks().pointYear());
        assertEquals(4000, r.peaks().draws());
        int counted = r.peaks().noPeak() + r.peaks().years().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(4000, counted);
        // net is linear in the forest rate: the mean is the point within 4 standard errors
        int last = model.years().get(model.years().size() - 1);
        Statistics s = r.account().statistics(last, "net");
        assertTrue(s.sd() > 0);
        assertTrue(Math.abs(s.mean() - s.point()) < 4 * s.sd() / Math.sqrt(4000), s.toString());
        // same seed, same peaks
        assertEquals(r.peaks(), ScenarioUncertainty.monteCarlo(scenario.getName(), model, 4000, 3).peaks());
    }

    /**
     * The forest area has a +-10 % (sd) range and the scenario projects it by one rule: the draws of the forest sink,
     * with the point forest rate. Returns the account of the draws.
     */
    private static ScenarioUncertainty.Result forestArea(String kind, String... parameters) throws Exception {
        Study study = Services.sample("demo-county.landcarbon");
        Uncertainty u = LandCarbonFactory.eINSTANCE.createUncertainty();
        u.setDistribution("normal");
        u.setSd(10);
        u.setSource("test range, made up");
        study.getSeries().stream().filter(x -> "area.forest".equals(x.getId())).findFirst().orElseThrow().setUncertainty(u);
        Scenario scenario = study.getScenarios().get(0);
        scenario.getRules().removeIf(r -> "area.forest".equals(r.getSeriesId()));
        ProjectionRule rule = LandCarbonFactory.eINSTANCE.createProjectionRule();
        rule.setSeriesId("area.forest");
        rule.setKind(kind);
        for (int i = 0; i < parameters.length; i += 2) {
            Parameter p = LandCarbonFactory.eINSTANCE.createParameter();
            p.setName(parameters[i]);
            p.setValue(parameters[i + 1]);
            rule.getParameters().add(p);
        }
        scenario.getRules().add(rule);
        ScenarioProjector projector = new ScenarioProjector(Services.get(ProjectionMethodRegistry.class).snapshot());
        UncertaintyModel model = ScenarioUncertainty.model(Services.uncertainty(), study, scenario, projector);
        assertEquals(List.of("series:area.forest"), model.inputs().stream().map(UncertainInput::id).toList());
        return ScenarioUncertainty.monteCarlo(scenario.getName(), model, 2000, 5);
    }

    private static double sd(ScenarioUncertainty.Result r, int year) {
        return r.account().statistics(year, "forest").sd();
    }

    @Test
    void aRuleFromTheDrawnHistoryMovesWithItAndAGivenValueDoesNot() throws Exception {
        // target 30 (10^4 hm2) by 2030, linear from the drawn 2020 value: the share of the draw left in year y is
        // (2030 - y) / 10, so the spread of the forest sink shrinks in that ratio and vanishes from 2030 on
        ScenarioUncertainty.Result target = forestArea("target", "year", "2030", "value", "30");
        double base = sd(target, 2020);
        assertTrue(base > 0);
        assertEquals(0.10, base / Math.abs(target.account().statistics(2020, "forest").point()), 0.01);
        for (int y = 2021; y <= 2029; y++) {
            assertEquals((2030 - y) / 10.0, sd(target, y) / base, 1e-9, "year " + y);
        }
        for (int y = 2030; y <= 2060; y++) {
            assertEquals(0, sd(target, y), 1e-9 * base, "year " + y);
        }
        // a given constant does not depend on the history: no spread in any projected year
        ScenarioUncertainty.Result given = forestArea("constant", "value", "30");
        assertEquals(base, sd(given, 2020), 1e-9 * base);
        for (int y = 2021; y <= 2060; y++) {
            assertEquals(0, sd(given, y), 1e-9 * base, "year " + y);
        }
        // held at the drawn last value: the whole spread carries on
        ScenarioUncertainty.Result last = forestArea("constant", "basis", "last");
        for (int y = 2021; y <= 2060; y++) {
            assertEquals(1, sd(last, y) / base, 1e-9, "year " + y);
        }
    }
}
