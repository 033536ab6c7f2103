package org.landcarbon.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ComparisonSettings;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.SampleScenarios;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.landcarbon.scenarios.ScenarioComparer;
import org.landcarbon.scenarios.ScenarioComparer.ScenarioRef;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.scenarios.YearSeries;
import org.osgi.framework.FrameworkUtil;

/**
 * The shipped Guizhou sample and its three illustrative scenarios, through the real account. The
 * expected values are recomputed here from the sample's own data with the formulas of the rules.
 */
class GuizhouScenariosTest {

    private static Study study;
    private static Comparison comparison;

    /** A file the model bundle ships. */
    static byte[] shipped(String entry) throws IOException {
        URL url = FrameworkUtil.getBundle(SampleStudies.class).getEntry(entry);
        if (url == null) {
            throw new IOException("the model bundle does not ship " + entry);
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    @BeforeAll
    static void compareTheShippedScenarios(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SampleStudies.GUIZHOU_FILE);
        Files.write(file, shipped("samples/" + SampleStudies.GUIZHOU_FILE));
        study = StudyFiles.load(file);
        ScenarioComparer comparer = new ScenarioComparer(
                new ScenarioProjector(Services.get(ProjectionMethodRegistry.class).snapshot()),
                Services.get(ScenarioAccounting.class));
        List<ScenarioRef> refs = study.getScenarios().stream().map(s -> new ScenarioRef(study, s)).toList();
        comparison = comparer.compare(refs, null, ComparisonSettings.defaults());
    }

    @Test
    void theShippedFileIsWhatTheGeneratorWritesWithTheScenarios() throws Exception {
        Study generated = SampleStudies.guizhou(name -> new InputStreamReader(
                new ByteArrayInputStream(shipped("samples/source/" + name)), StandardCharsets.UTF_8));
        SampleScenarios.extend(SampleStudies.GUIZHOU_FILE, generated);
        assertEquals(new String(StudyFiles.toBytes(generated), StandardCharsets.UTF_8),
                new String(shipped("samples/" + SampleStudies.GUIZHOU_FILE), StandardCharsets.UTF_8),
                "samples/guizhou-2005-2019.landcarbon is stale: rerun SampleScenarios (see samples/source/SOURCES.md)");
    }

    @Test
    void theSampleShipsTheThreeScenariosItsGeneratorBuilds() {
        List<Scenario> expected = SampleScenarios.guizhou(study);
        assertEquals(List.of("Natural development", "Ecological protection", "Economic development"),
                study.getScenarios().stream().map(Scenario::getName).toList());
        for (int i = 0; i < 3; i++) {
            Scenario shipped = study.getScenarios().get(i);
            assertTrue(shipped.isIllustrative(), shipped.getName());
            assertEquals(2060, shipped.getHorizonYear());
            assertTrue(EcoreUtil.equals(expected.get(i), shipped), shipped.getName() + " differs from SampleScenarios.guizhou");
        }
    }

    @Test
    void historyOfTheAccountIsTheSeedsWhereTable5IsConsistent() {
        // sinks from the areas x rates, the other components reported: net equals Table 5 within rounding,
        // except 2014-2018 where Table 5's sources_total is not the sum of its parts (METHOD.md section 2)
        YearSeries net = comparison.reference().account().net();
        for (ReportedValue r : study.getReportedValues()) {
            if (r.getComponent().equals("net") && (r.getYear() < 2014 || r.getYear() > 2018)) {
                assertEquals(r.getValue(), net.value(r.getYear()), 0.05, "net " + r.getYear());
            }
        }
    }

    @Test
    void naturalDevelopmentContinuesThe2010To2019Trends() {
        ScenarioResult natural = comparison.result("Natural development").orElseThrow();
        // 2030: each reported component on its 2010-2019 least-squares slope from its 2019 value,
        // the sink areas falling (forest, grassland, water, unused) at their 2010-2019 rates or (garden) on the trend
        double construction = 6732.70 + 11 * slope(reported("construction"));
        double agricultural = 149.71 + 11 * slope(reported("agricultural_land"));
        double cropland = 1234.82 + 11 * slope(reported("cropland"));
        double sinks = cropland + 0.644 * compound("area.forest") + 0.644 * linear("area.garden")
                + 0.021 * compound("area.grassland") + 0.218 * compound("area.water") + 0.005 * compound("area.unused");
        assertEquals(construction + agricultural - sinks, natural.account().net().value(2030), 1e-6);
        assertEquals(construction, natural.account().components().get("construction").value(2030), 1e-6);
        // still rising in 2060: no peak before the horizon
        assertFalse(natural.figures().peak().reached());
        assertEquals(2060, natural.figures().peak().year());
        assertTrue(natural.figures().decoupling().isEmpty(), "the sample has no GDP");
    }

    @Test
    void ecologicalProtectionPeaksIn2030AndEconomicDevelopmentDoesNot() {
        ScenarioResult eco = comparison.result("Ecological protection").orElseThrow();
        assertTrue(eco.figures().peak().reached());
        assertEquals(2030, eco.figures().peak().year());
        // construction at half its slope to 2030, then held
        double construction2030 = 6732.70 + 11 * 0.5 * slope(reported("construction"));
        assertEquals(construction2030, eco.account().components().get("construction").value(2030), 1e-6);
        assertEquals(construction2030, eco.account().components().get("construction").value(2060), 1e-6);
        ScenarioResult econ = comparison.result("Economic development").orElseThrow();
        assertFalse(econ.figures().peak().reached());
        // ordering of the paths in 2060: economic above natural above ecological
        double n = Comparison.net(comparison.result("Natural development").orElseThrow(), 2060).getAsDouble();
        assertTrue(Comparison.net(econ, 2060).getAsDouble() > n);
        assertTrue(Comparison.net(eco, 2060).getAsDouble() < n);
        // cumulative 2020-2030 is the sum of the yearly values
        double sum = 0;
        for (int y = 2020; y <= 2030; y++) {
            sum += eco.account().net().value(y);
        }
        assertEquals(sum, eco.figures().cumulative(), 1e-6);
    }

    /** A reported component's 2010-2019 values. */
    private static YearSeries reported(String component) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        study.getReportedValues().stream().filter(r -> r.getComponent().equals(component) && r.getYear() >= 2010)
                .forEach(r -> m.put(r.getYear(), r.getValue()));
        return YearSeries.of(m);
    }

    private static YearSeries area(String id) {
        Series s = TestStudies.seriesOf(study, id);
        TreeMap<Integer, Double> m = new TreeMap<>();
        for (YearValue v : s.getValues()) {
            if (v.getYear() >= 2010) {
                m.put(v.getYear(), v.getValue());
            }
        }
        return YearSeries.of(m);
    }

    /** Least squares slope: sum((x - mx)(y - my)) / sum((x - mx)^2). */
    private static double slope(YearSeries s) {
        double mx = s.asMap().keySet().stream().mapToInt(Integer::intValue).average().orElseThrow();
        double my = s.asMap().values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (var e : s.asMap().entrySet()) {
            sxy += (e.getKey() - mx) * (e.getValue() - my);
            sxx += (e.getKey() - mx) * (e.getKey() - mx);
        }
        return sxy / sxx;
    }

    /** 2030 area falling at its 2010-2019 average annual rate: A2019 (A2019 / A2010)^(11/9). */
    private static double compound(String id) {
        YearSeries a = area(id);
        return a.value(2019) * Math.pow(a.value(2019) / a.value(2010), 11.0 / 9);
    }

    /** 2030 area on its 2010-2019 slope from the 2019 value. */
    private static double linear(String id) {
        YearSeries a = area(id);
        return a.value(2019) + 11 * slope(a);
    }
}
