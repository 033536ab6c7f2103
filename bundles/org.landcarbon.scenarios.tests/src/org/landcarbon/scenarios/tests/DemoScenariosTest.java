package org.landcarbon.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;
import org.landcarbon.model.units.Unit;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ComparisonSettings;
import org.landcarbon.scenarios.DecouplingPeriod;
import org.landcarbon.scenarios.ProjectedStudy;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.SampleScenarios;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.landcarbon.scenarios.ScenarioComparer;
import org.landcarbon.scenarios.ScenarioComparer.ScenarioRef;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.scenarios.YearSeries;

/**
 * The shipped demo county and its three illustrative scenarios: the file is what the generator writes,
 * and the comparison's figures (what {@code landcarbon compare} prints) are recomputed here from the
 * accounting engine's own account of each projected study: net path, peak, cumulative emission and
 * Tapio decoupling per five-year period, with the thresholds 0.8 and 1.2 written out.
 */
class DemoScenariosTest {

    private static final String NET = "net";
    private static Study study;
    private static Comparison comparison;
    private static ScenarioProjector projector;

    @BeforeAll
    static void compareTheShippedScenarios(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SampleStudies.DEMO_FILE);
        Files.write(file, GuizhouScenariosTest.shipped("samples/" + SampleStudies.DEMO_FILE));
        study = StudyFiles.load(file);
        projector = new ScenarioProjector(Services.get(ProjectionMethodRegistry.class).snapshot());
        ScenarioComparer comparer = new ScenarioComparer(projector, Services.get(ScenarioAccounting.class));
        List<ScenarioRef> refs = study.getScenarios().stream().map(s -> new ScenarioRef(study, s)).toList();
        comparison = comparer.compare(refs, null, ComparisonSettings.defaults());
    }

    @Test
    void theShippedFileIsWhatTheGeneratorWritesWithTheScenarios() throws Exception {
        Study generated = SampleStudies.demoCounty();
        SampleScenarios.extend(SampleStudies.DEMO_FILE, generated);
        assertEquals(new String(StudyFiles.toBytes(generated), StandardCharsets.UTF_8),
                new String(GuizhouScenariosTest.shipped("samples/" + SampleStudies.DEMO_FILE), StandardCharsets.UTF_8),
                "samples/demo-county.landcarbon is stale: rerun SampleScenarios (see docs/study-files.md)");
    }

    @Test
    void theSyntheticSampleShipsThreeIllustrativeScenariosTo2060() {
        assertTrue(study.isSynthetic());
        List<Scenario> expected = SampleScenarios.demo(study);
        assertEquals(List.of("Natural development", "Ecological protection", "Economic development"),
                study.getScenarios().stream().map(Scenario::getName).toList());
        for (int i = 0; i < 3; i++) {
            Scenario shipped = study.getScenarios().get(i);
            assertTrue(shipped.isIllustrative(), shipped.getName());
            assertTrue(shipped.getDescription().contains("SYNTHETIC"), shipped.getName());
            assertEquals(2060, shipped.getHorizonYear());
            assertTrue(EcoreUtil.equals(expected.get(i), shipped), shipped.getName() + " differs from SampleScenarios.demo");
            // the demo computes every component: nothing is projected from reported values
            assertTrue(shipped.getRules().stream().noneMatch(r -> r.getSeriesId().startsWith("reported.")), shipped.getName());
        }
    }

    @Test
    void theCompareFiguresAreThoseOfTheEnginesAccount() throws Exception {
        AccountingService engine = Services.get(AccountingService.class);
        Unit unit = Unit.parse("10^4 t C");
        for (Scenario scenario : study.getScenarios()) {
            String name = scenario.getName();
            ScenarioResult result = comparison.result(name).orElseThrow();
            ProjectedStudy projection = projector.project(study, scenario);
            Account account = engine.account(projection.study(), AccountOptions.DEFAULT);
            TreeMap<Integer, Double> net = new TreeMap<>();
            TreeMap<Integer, Double> gdp = new TreeMap<>();
            for (int y = 2005; y <= 2060; y++) {
                net.put(y, Account.express(account.value(y, NET).value(), unit).value());
                gdp.put(y, account.gdp(y).value().in("10^8 yuan"));
                assertEquals(net.get(y), result.account().net().value(y), 1e-9, name + " net " + y);
                assertEquals(gdp.get(y), result.gdp().value(y), 1e-9, name + " GDP " + y);
            }
            // peak: the earliest year of the maximum; none before the horizon when that is 2060
            int peakYear = 2005;
            for (var e : net.entrySet()) {
                if (e.getValue() > net.get(peakYear)) {
                    peakYear = e.getKey();
                }
            }
            assertEquals(peakYear, result.figures().peak().year(), name);
            assertEquals(peakYear != 2060, result.figures().peak().reached(), name);
            assertEquals(net.get(peakYear), result.figures().peak().value(), 1e-9, name);
            double cumulative = 0;
            for (int y = 2020; y <= 2030; y++) {
                cumulative += net.get(y);
            }
            assertEquals(cumulative, result.figures().cumulative(), 1e-6, name);
            // Tapio per period 2005-2010 ... 2055-2060: e = (dC/C0) / (dG/G0)
            List<String> states = new ArrayList<>();
            for (int from = 2005; from < 2060; from += 5) {
                double dc = (net.get(from + 5) - net.get(from)) / net.get(from);
                double dg = (gdp.get(from + 5) - gdp.get(from)) / gdp.get(from);
                assertTrue(net.get(from) > 0 && dg > 0, name + " " + from + ": the demo's net emission and GDP growth are positive");
                double e = dc / dg;
                states.add(from + "-" + (from + 5) + " " + (dc < 0 ? "strong decoupling"
                        : e < 0.8 ? "weak decoupling" : e <= 1.2 ? "expansive coupling" : "expansive negative decoupling"));
            }
            List<DecouplingPeriod> periods = result.figures().decoupling();
            assertEquals(states, periods.stream().map(p -> p.from() + "-" + p.to() + " " + p.label()).toList(), name);
            for (DecouplingPeriod p : periods) {
                double e = ((net.get(p.to()) - net.get(p.from())) / net.get(p.from()))
                        / ((gdp.get(p.to()) - gdp.get(p.from())) / gdp.get(p.from()));
                assertEquals(e, p.elasticity(), 1e-9, name + " " + p.from());
            }
        }
    }

    @Test
    void naturalDevelopmentGdpContinuesEachSectorsLinearTrend() {
        // every GDP sector of the demo rises: 2030 value = V2020 + 10 x least-squares slope over 2005-2020
        double expected = 0;
        for (String sector : List.of("primary", "secondary", "tertiary")) {
            TreeMap<Integer, Double> v = new TreeMap<>();
            for (YearValue x : TestStudies.seriesOf(study, "gdp." + sector).getValues()) {
                v.put(x.getYear(), x.getValue());
            }
            double slope = slope(v);
            assertTrue(slope > 0, sector);
            expected += v.get(2020) + 10 * slope;
        }
        YearSeries gdp = comparison.result("Natural development").orElseThrow().gdp();
        assertEquals(expected, gdp.value(2030), 1e-9);
        assertTrue(comparison.result("Economic development").orElseThrow().gdp().value(2030) > expected,
                "economic development grows GDP faster");
    }

    /** Least squares slope: sum((x - mx)(y - my)) / sum((x - mx)^2). */
    private static double slope(TreeMap<Integer, Double> s) {
        double mx = s.keySet().stream().mapToInt(Integer::intValue).average().orElseThrow();
        double my = s.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (var e : s.entrySet()) {
            sxy += (e.getKey() - mx) * (e.getValue() - my);
            sxx += (e.getKey() - mx) * (e.getKey() - mx);
        }
        return sxy / sxx;
    }
}
