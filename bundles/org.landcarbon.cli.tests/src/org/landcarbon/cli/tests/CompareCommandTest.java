package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ComparisonSettings;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.landcarbon.scenarios.ScenarioComparer;
import org.landcarbon.scenarios.ScenarioComparer.ScenarioRef;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.scenarios.ScenarioTemplates;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** {@code compare} prints exactly the engine's numbers: JSON in full, the table rounded. */
class CompareCommandTest {

    private static final LandCarbonFactory F = LandCarbonFactory.eINSTANCE;

    /** A county with a forest area and three reported components; two scenarios to 2035. */
    static Study study() {
        Study s = F.createStudy();
        s.setName("Compare county");
        s.setStartYear(2017);
        s.setEndYear(2019);
        CoefficientSet set = F.createCoefficientSet();
        set.setId("forest-only");
        Coefficient forest = F.createCoefficient();
        forest.setKey("sink.forest");
        forest.setValue(-0.644);
        forest.setUnit("t C / (hm2 a)");
        forest.setSource("seed paper, Table 2");
        set.getEntries().add(forest);
        s.getCoefficientSets().add(set);
        s.setCoefficientSetId("forest-only");
        Series area = F.createSeries();
        area.setId("area.forest");
        area.setKind(SeriesKind.LAND_AREA);
        area.setUnit("10^4 hm2");
        double[] a = { 896, 898, 900 };
        for (int i = 0; i < a.length; i++) {
            YearValue v = F.createYearValue();
            v.setYear(2017 + i);
            v.setValue(a[i]);
            v.setProvenance(ProvenanceKind.ENTERED);
            area.getValues().add(v);
        }
        s.getSeries().add(area);
        reported(s, "construction", 6100, 6400, 6700);
        reported(s, "cropland", 1250, 1250, 1250);
        reported(s, "agricultural_land", 150, 150, 150);
        Scenario trend = F.createScenario();
        trend.setName("Trend");
        trend.setHorizonYear(2035);
        ScenarioTemplates.rule(trend, "area.forest", "linear_trend");
        ScenarioTemplates.rule(trend, "reported.construction", "linear_trend");
        ScenarioTemplates.rule(trend, "reported.cropland", "constant");
        ScenarioTemplates.rule(trend, "reported.agricultural_land", "constant");
        s.getScenarios().add(trend);
        Scenario peak = F.createScenario();
        peak.setName("Peak 2025");
        peak.setHorizonYear(2035);
        peak.setIllustrative(true);
        ScenarioTemplates.rule(peak, "area.forest", "growth", "rate", "1");
        ScenarioTemplates.rule(peak, "reported.construction", "target", "year", "2025", "value", "7500");
        ScenarioTemplates.rule(peak, "reported.construction", "growth", "rate", "-2");
        ScenarioTemplates.rule(peak, "reported.cropland", "constant");
        ScenarioTemplates.rule(peak, "reported.agricultural_land", "constant");
        s.getScenarios().add(peak);
        return s;
    }

    private static void reported(Study s, String component, double... values) {
        for (int i = 0; i < values.length; i++) {
            ReportedValue r = F.createReportedValue();
            r.setYear(2017 + i);
            r.setComponent(component);
            r.setValue(values[i]);
            r.setUnit("10^4 t C");
            r.setSource("test table");
            s.getReportedValues().add(r);
        }
    }

    private static Comparison engine(Study s, String reference) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(CompareCommandTest.class).getBundleContext();
        ProjectionMethodRegistry registry = context.getService(context.getServiceReference(ProjectionMethodRegistry.class));
        ScenarioAccounting accounting = context.getService(context.getServiceReference(ScenarioAccounting.class));
        List<ScenarioRef> refs = s.getScenarios().stream().map(x -> new ScenarioRef(s, x)).toList();
        return new ScenarioComparer(new ScenarioProjector(registry.snapshot()), accounting).compare(refs, reference,
                ComparisonSettings.defaults());
    }

    @Test
    void jsonCarriesTheEnginesNumbers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("county.landcarbon");
        Study s = study();
        StudyFiles.save(s, file);
        Result r = CliHarness.run("compare", file.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        Comparison expected = engine(StudyFiles.load(file), null);

        Map<String, Object> json = flatten(r.out());
        assertEquals("Trend", json.get("reference"));
        assertEquals("10^4 t C", json.get("unit"));
        for (int i = 0; i < 2; i++) {
            ScenarioResult e = expected.results().get(i);
            String p = "scenarios." + i + ".";
            assertEquals(e.label(), json.get(p + "name"));
            assertEquals(e.figures().peak().reached(), json.get(p + "peak.reached"));
            assertEquals((double) e.figures().peak().year(), json.get(p + "peak.year"));
            assertEquals(e.figures().peak().value(), json.get(p + "peak.value"));
            assertEquals(e.figures().cumulative(), json.get(p + "cumulative"));
            assertEquals(e.account().net().value(2030), json.get(p + "milestones.2030"));
            int k = 0;
            for (var entry : e.account().net().asMap().entrySet()) {
                assertEquals((double) entry.getKey(), json.get(p + "net." + k + ".year"));
                assertEquals(entry.getValue(), json.get(p + "net." + k + ".value"), "net " + entry.getKey());
                k++;
            }
        }
        // the peak scenario: construction rises to 7500 in 2025 and falls 2 %/a after, while the forest grows:
        // its peak is 2025; the trend scenario rises to the horizon
        assertEquals(true, json.get("scenarios.1.peak.reached"));
        assertEquals(2025.0, json.get("scenarios.1.peak.year"));
        assertEquals(false, json.get("scenarios.0.peak.reached"));
        assertEquals(true, json.get("scenarios.1.illustrative"));
        // differences to the reference
        double d2030 = expected.results().get(1).account().net().value(2030) - expected.results().get(0).account().net().value(2030);
        int index2030 = 2030 - 2017;
        assertEquals(d2030, (double) json.get("scenarios.1.difference_to_reference." + index2030 + ".value"), 0.0);
    }

    @Test
    void tableRoundsTheEnginesNumbersAndHonoursTheReference(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("county.landcarbon");
        StudyFiles.save(study(), file);
        Result r = CliHarness.run("compare", file.toString(), "--reference", "Peak 2025", "--scenarios", "Trend,Peak 2025");
        assertEquals(0, r.exitCode(), r.err());
        Comparison expected = engine(StudyFiles.load(file), "Peak 2025");
        ScenarioResult peak = expected.result("Peak 2025").orElseThrow();
        ScenarioResult trend = expected.result("Trend").orElseThrow();
        String out = r.out();
        assertTrue(out.contains("reference Peak 2025"), out);
        String peakRow = line(out, "Peak 2025 *  ");
        // scenario, peak year, peak value, cumulative 2020-2030, net 2030, net 2060, below 0 from
        assertEquals(List.of("Peak 2025 *", "2025", round(peak.figures().peak().value()), round(peak.figures().cumulative()),
                round(peak.account().net().value(2030)), "-", "-"), List.of(peakRow.trim().split("\\s{2,}")));
        String trendRow = line(out, "Trend  ");
        assertTrue(trendRow.contains("none to 2035"), trendRow);
        // the 2030 row: Trend, Peak 2025, Trend - Peak 2025
        String row2030 = line(out, "2030  ");
        double t = trend.account().net().value(2030);
        double p = peak.account().net().value(2030);
        assertEquals(List.of("2030", round(t), round(p), round(t - p)), List.of(row2030.trim().split("\\s+")));
        assertTrue(out.contains("Decoupling from GDP: not available (the study has no GDP series)."), out);
    }

    @Test
    void csvHasTheKeyFiguresThenTheYears(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("county.landcarbon");
        StudyFiles.save(study(), file);
        Result r = CliHarness.run("compare", file.toString(), "--format", "csv", "--cumulative", "2021-2025");
        assertEquals(0, r.exitCode(), r.err());
        String[] blocks = r.out().split("\n\n");
        assertEquals(2, blocks.length, r.out());
        assertTrue(blocks[0].startsWith("scenario,illustrative,peak_reached,peak_year,peak_value,cumulative_2021_2025,net_2030,net_2060,"
                + "below_threshold_from\n"), blocks[0]);
        assertTrue(blocks[1].startsWith("year,Trend,Peak 2025,Peak 2025 - Trend\n2017,"), blocks[1]);
        // no 2060 in a 2035 horizon: empty cell
        assertTrue(blocks[0].split("\n")[1].contains(",,"), blocks[0]);
    }

    @Test
    void badUsageAndUnknownScenarios(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("county.landcarbon");
        StudyFiles.save(study(), file);
        Result r = CliHarness.run("compare", file.toString(), "--format", "xml");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--format must be table, csv or json, got 'xml'"), r.err());
        r = CliHarness.run("compare", file.toString(), "--scenarios", "Trend,Nope");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no scenario 'Nope'; the study has: Trend, Peak 2025"), r.err());
        r = CliHarness.run("compare", file.toString(), "--reference", "Nope");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("the reference 'Nope' is not among the compared scenarios"), r.err());
        r = CliHarness.run("compare", file.toString(), "--cumulative", "2030-2020");
        assertEquals(2, r.exitCode());
    }

    private static String round(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in\n" + text));
    }

    /** JSON flattened to paths like {@code scenarios.1.peak.year}; numbers as Double, exactly as printed. */
    static Map<String, Object> flatten(String json) throws Exception {
        Map<String, Object> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            List<Object> path = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            String field = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                case FIELD_NAME -> field = p.currentName();
                case START_OBJECT, START_ARRAY -> {
                    path.add(key(field, index));
                    index.add(t == JsonToken.START_ARRAY ? 0 : -1);
                    field = null;
                }
                case END_OBJECT, END_ARRAY -> {
                    path.remove(path.size() - 1);
                    index.remove(index.size() - 1);
                    advance(index);
                }
                default -> {
                    Object v = switch (t) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Double.parseDouble(p.getText());
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_NULL -> null;
                    default -> p.getText();
                    };
                    List<Object> full = new ArrayList<>(path);
                    full.add(key(field, index));
                    out.put(String.join(".", full.stream().filter(x -> x != null && !"".equals(x)).map(String::valueOf).toList()), v);
                    advance(index);
                    field = null;
                }
                }
            }
        }
        return out;
    }

    private static Object key(String field, List<Integer> index) {
        if (index.isEmpty()) {
            return "";
        }
        int i = index.get(index.size() - 1);
        return i >= 0 ? String.valueOf(i) : field;
    }

    private static void advance(List<Integer> index) {
        if (!index.isEmpty() && index.get(index.size() - 1) >= 0) {
            index.set(index.size() - 1, index.get(index.size() - 1) + 1);
        }
    }
}
