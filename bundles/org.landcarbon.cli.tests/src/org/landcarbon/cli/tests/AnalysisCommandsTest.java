package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;

/** The analysis command-line contract (docs/cli.md), point by point, through the real dispatcher. */
class AnalysisCommandsTest {

    @TempDir
    Path dir;

    private Path table5() throws Exception {
        Path p = dir.resolve("table5-emissions-by-land-type.csv");
        return Files.exists(p) ? p : TestFiles.copy("table5-emissions-by-land-type.csv", dir);
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static void assertCleanError(Result r, int code, String... fragments) {
        assertEquals(code, r.exitCode(), r.out() + r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "stderr should contain '" + f + "':\n" + r.err());
        }
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace:\n" + r.err());
    }

    @Test
    void analysesListsTheBuiltInsWithTheirSettings() throws Exception {
        Result r = CliHarness.run("analyses");
        assertEquals(0, r.exitCode(), r.err());
        for (String id : List.of("grey.gm11", "grey.gm11.equation", "grey.dgm11", "grey.gm11.rolling", "grey.gm11.holdout", "grey.gra",
                "grey.verhulst", "landuse.structure", "landuse.transfer")) {
            assertTrue(r.out().contains(id + "  "), id + " listed:\n" + r.out());
        }
        for (String flag : List.of("--horizon N", "--reference TEXT", "--normalize initial|mean|minmax|none", "--rho X", "--periods TEXT")) {
            assertTrue(r.out().contains(flag), flag + " listed:\n" + r.out());
        }
        assertTrue(r.out().contains("GM(1,1)灰色预测"), "Chinese name shown");
    }

    @Test
    void analysesAsJsonDescribesSettingsForPrograms() throws Exception {
        Result r = CliHarness.run("analyses", "grey.gra", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> gra = (Map<String, Object>) ((List<Object>) Json.parse(r.out())).get(0);
        assertEquals("grey.gra", gra.get("id"));
        assertEquals("series_set", gra.get("input"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> settings = (List<Map<String, Object>>) gra.get("settings");
        Map<String, Object> rho = settings.stream().filter(s -> s.get("name").equals("rho")).findFirst().orElseThrow();
        assertEquals("0.5", rho.get("default"));
        assertEquals(1.0, rho.get("max"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gm11JsonContractOnTheSeedSeries() throws Exception {
        Result r = CliHarness.run("gm11", "--input", table5().toString(), "--column", "net", "--horizon", "11",
                "--unit", "10^4 t C");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, Object> j = Json.object(r.out());
        assertEquals(-0.044700, (Double) j.get("a"), 5e-7);
        assertEquals(2752.62, (Double) j.get("b"), 0.005);
        List<Object> fitted = (List<Object>) j.get("fitted");
        assertEquals(15, fitted.size());
        assertEquals(2076.29, (Double) fitted.get(0), 0);
        assertEquals(15, ((List<Object>) j.get("residuals")).size());
        assertNotNull(j.get("mape_pct"));
        assertEquals(0.3235, (Double) j.get("C"), 5e-5);
        assertEquals(0.9333, (Double) j.get("P"), 5e-5);
        assertEquals("qualified (grade 2)", j.get("grade"));
        List<Map<String, Object>> forecast = (List<Map<String, Object>>) j.get("forecast");
        assertEquals(11, forecast.size());
        assertEquals(2020.0, forecast.get(0).get("year"));
        assertEquals(5440.92, (Double) forecast.get(0).get("value"), 0.005);
        Map<String, Object> conventions = (Map<String, Object>) j.get("conventions");
        assertTrue(((String) conventions.get("cp_residuals")).startsWith("all n"));
        assertTrue(((String) conventions.get("sd")).startsWith("population"));
        assertEquals("MAPE over k = 2..n", conventions.get("mape"));
        assertEquals("10^4 t C", ((Map<String, Object>) j.get("units")).get("forecast"));
        assertEquals("%", ((Map<String, Object>) j.get("units")).get("mape_pct"));
        assertEquals("grey.gm11", j.get("analysis"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void runWithTheFullIdIsTheSameAsTheShortcutAndConventionsAreSettings() throws Exception {
        Path f = table5();
        Result shortcut = CliHarness.run("gm11", "--input", f.toString(), "--column", "net");
        Result full = CliHarness.run("run", "grey.gm11", "--input", f.toString(), "--column", "net");
        assertEquals(shortcut.out(), full.out());
        Result k2 = CliHarness.run("run", "grey.gm11", "--input", f.toString(), "--column", "net", "--cp-residuals", "from-second");
        Map<String, Object> j = Json.object(k2.out());
        assertEquals(0.334878, (Double) j.get("C"), 5e-6);
        assertTrue(((String) ((Map<String, Object>) j.get("conventions")).get("cp_residuals")).startsWith("residuals k = 2..n"));
    }

    @Test
    void publishedEquationFromTheCommandLine() throws Exception {
        Result r = CliHarness.run("run", "grey.gm11.equation", "--input", table5().toString(), "--column", "net",
                "--a", "-0.047", "--b", "2752.6", "--horizon", "11");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"actual_above_fitted\" : [ \"2007\", \"2011\", \"2012\", \"2013\", \"2014\" ]"), r.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void graJsonContract() throws Exception {
        Result r = CliHarness.run("gra", "--input", table5().toString(), "--column", "net,forest,cropland,construction",
                "--reference", "net", "--normalize", "mean", "--rho", "0.4");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, Object> j = Json.object(r.out());
        Map<String, Object> degrees = (Map<String, Object>) j.get("degrees");
        assertEquals(List.of("forest", "cropland", "construction"), List.copyOf(degrees.keySet()));
        List<Object> ranking = (List<Object>) j.get("ranking");
        assertEquals(3, ranking.size());
        double best = (Double) degrees.get(ranking.get(0));
        for (Object name : ranking) {
            assertTrue((Double) degrees.get(name) <= best);
        }
        assertEquals("mean", j.get("normalize"));
        assertEquals(0.4, (Double) j.get("rho"), 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void landuseJsonContract() throws Exception {
        Path areas = TestFiles.copy("areas-synthetic.csv", dir);
        Result r = CliHarness.run("landuse", "--input", areas.toString(), "--periods", "2000-2005,2005-2010");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, Object> j = Json.object(r.out());
        // G(2000) = 1 - (50^2 + 30^2 + 20^2) / 100^2 = 0.62
        assertEquals(0.62, (Double) ((Map<String, Object>) j.get("diversity")).get("2000"), 1e-12);
        Map<String, Object> k = (Map<String, Object>) j.get("dynamic_degree");
        assertEquals(-4.0, (Double) ((Map<String, Object>) k.get("cropland")).get("2000-2005"), 1e-12);
        assertEquals(2.0, (Double) ((Map<String, Object>) j.get("comprehensive_dynamic_degree")).get("2000-2005"), 1e-12);
        assertEquals("%/a", ((Map<String, Object>) j.get("units")).get("dynamic_degree"));
        Result whole = CliHarness.run("landuse", "--input", areas.toString());
        assertTrue(Json.object(whole.out()).get("comprehensive_dynamic_degree").toString().contains("2000-2010"), whole.out());
    }

    @Test
    void csvAndTableFormats() throws Exception {
        Path f = table5();
        Result csv = CliHarness.run("gm11", "--input", f.toString(), "--column", "net", "--format", "csv", "--unit", "10^4 t C");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().startsWith("key,row,column,value,unit\n"), csv.out());
        assertTrue(csv.out().contains("\nfitted,2005,,2076.29,10^4 t C\n"), csv.out());
        Result table = CliHarness.run("gm11", "--input", f.toString(), "--column", "net", "--format", "table", "--unit", "10^4 t C");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("grade: qualified (grade 2)"), table.out());
        assertTrue(table.out().contains("fitted [10^4 t C]"), table.out());
    }

    @Test
    void studyInputBySeriesName() throws Exception {
        var f = org.landcarbon.model.LandCarbonFactory.eINSTANCE;
        var study = f.createStudy();
        study.setName("test study");
        double[] net = {2076.29, 2682.09, 3073.00, 2698.84, 3054.63};
        for (int i = 0; i < net.length; i++) {
            var v = f.createReportedValue();
            v.setYear(2005 + i);
            v.setComponent("net");
            v.setValue(net[i]);
            v.setUnit("10^4 t C");
            study.getReportedValues().add(v);
        }
        double[][] areas = {{50, 40, 40}, {30, 35, 30}};
        String[] ids = {"area.cropland", "area.forest"};
        for (int s = 0; s < ids.length; s++) {
            var series = f.createSeries();
            series.setId(ids[s]);
            series.setUnit("10^4 hm2");
            for (int i = 0; i < 3; i++) {
                var v = f.createYearValue();
                v.setYear(2000 + 5 * i);
                v.setValue(areas[s][i]);
                series.getValues().add(v);
            }
            study.getSeries().add(series);
        }
        Path file = dir.resolve("t.landcarbon");
        org.landcarbon.model.persistence.StudyFiles.save(study, file);
        Result landuse = CliHarness.run("landuse", "--input", file.toString(), "--series", "area.cropland,area.forest");
        assertEquals(0, landuse.exitCode(), landuse.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> k = (Map<String, Object>) Json.object(landuse.out()).get("dynamic_degree");
        // cropland 50 -> 40 over 2000-2010: -10 / 50 / 10 * 100 = -2 %/a
        assertEquals(-2.0, (Double) ((Map<String, Object>) k.get("cropland")).get("2000-2010"), 1e-12);
        Result r = CliHarness.run("gm11", "--input", file.toString(), "--series", "net", "--horizon", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"year\" : 2010"), r.out());
        Result missing = CliHarness.run("gm11", "--input", file.toString(), "--series", "gdp");
        assertCleanError(missing, 1, "t.landcarbon: no series or reported component 'gdp'", "net (reported)");
        Result none = CliHarness.run("gm11", "--input", file.toString());
        assertCleanError(none, 2, "is a study: name its series with --series");
    }

    @Test
    void nonNumericCellNamesFileLineAndColumn() throws Exception {
        Path bad = write("bad.csv", "year,net\n2001,5\n2002,abc\n2003,6\n2004,7\n");
        assertCleanError(CliHarness.run("gm11", "--input", bad.toString()), 1,
                "bad.csv line 3 (year 2002), column net: 'abc' is not a number");
    }

    @Test
    @SuppressWarnings("unchecked")
    void chineseHeadersInAGbkFileAsExcelSavesThem() throws Exception {
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, "年份,净碳排放\n2001,5\n2002,6\n2003,7\n2004,8\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        Result r = CliHarness.run("gm11", "--input", gbk.toString(), "--horizon", "1");
        assertEquals(0, r.exitCode(), r.err());
        Map<String, Object> j = Json.object(r.out());
        assertTrue(j.get("input").toString().contains("净碳排放"), j.get("input").toString());
        assertEquals(2005.0, ((List<Map<String, Object>>) j.get("forecast")).get(0).get("year"), "年份 is a year column");
        Path indexed = write("t.csv", "t,v\n1,5\n2,6\n3,7\n4,8\n");
        Map<String, Object> k = Json.object(CliHarness.run("gm11", "--input", indexed.toString(), "--horizon", "1").out());
        assertEquals(5.0, ((List<Map<String, Object>>) k.get("forecast")).get(0).get("index"), "an integer first column is an index");
    }

    @Test
    void tooFewPointsNonPositiveValuesAndUnknownColumns() throws Exception {
        Path three = write("three.csv", "year,net\n2001,5\n2002,6\n2003,7\n");
        assertCleanError(CliHarness.run("gm11", "--input", three.toString()), 1, "GM(1,1) needs at least 4 years, the input has 3");
        Path negative = write("neg.csv", "# a comment line\nyear,net\n2001,5\n2002,6\n2003,-7\n2004,8\n");
        assertCleanError(CliHarness.run("gm11", "--input", negative.toString()), 1,
                "neg.csv line 5 (year 2003), column net: GM(1,1) needs positive values, got -7.0");
        assertCleanError(CliHarness.run("gm11", "--input", table5().toString(), "--column", "nett"), 2,
                "has no column 'nett'", "net");
        assertCleanError(CliHarness.run("gm11", "--input", table5().toString()), 2,
                "grey.gm11 takes one series; choose one of the columns", "--column NAME");
        assertCleanError(CliHarness.run("gm11", "--input", dir.resolve("nowhere.csv").toString()), 1, "nowhere.csv: no such file");
        assertCleanError(CliHarness.run("gm11", "--input", dir.toString()), 1, dir + ": cannot be read");
    }

    @Test
    void settingsAreCheckedAgainstRangeAndChoices() throws Exception {
        String f = table5().toString();
        assertCleanError(CliHarness.run("gra", "--input", f, "--rho", "1.5"), 2, "--rho must be 0.001 to 1, got 1.5");
        assertCleanError(CliHarness.run("gra", "--input", f, "--normalize", "zscore"), 2,
                "--normalize must be one of initial|mean|minmax|none, got 'zscore'");
        assertCleanError(CliHarness.run("gm11", "--input", f, "--column", "net", "--horizon", "-1"), 2, "--horizon must be 0 to 200, got -1");
        assertCleanError(CliHarness.run("gm11", "--input", f, "--column", "net", "--colour", "red"), 2, "unknown setting --colour");
        assertCleanError(CliHarness.run("gm11", "--input", f, "--column", "net", "--format", "xml"), 2, "--format must be json, csv or table");
        assertCleanError(CliHarness.run("gm11", "--column", "net"), 2, "--input FILE is required");
        assertCleanError(CliHarness.run("run", "grey.nothing", "--input", f), 2, "no analysis 'grey.nothing'");
        assertCleanError(CliHarness.run("landuse", "--input", TestFiles.copy("areas-synthetic.csv", dir).toString(), "--periods", "2000-2003"),
                1, "--periods: areas-synthetic.csv has no year 2003");
    }

    @Test
    void everyInstalledAnalysisCanBeDrivenFromTheCommandLine() throws Exception {
        var context = org.osgi.framework.FrameworkUtil.getBundle(CliHarness.class).getBundleContext();
        var registry = context.getService(context.getServiceReference(org.landcarbon.analysis.AnalysisRegistry.class));
        assertFalse(registry.analyses().isEmpty());
        for (var analysis : registry.analyses()) {
            var model = org.landcarbon.analysis.SettingsModel.of(analysis.settingsType());
            for (var setting : model.settings()) {
                assertFalse(org.landcarbon.cli.internal.analysis.AnalysisCommandLine.OPTIONS.contains(setting.name()),
                        analysis.descriptor().id() + " uses the reserved flag --" + setting.name());
                assertTrue(setting.name().matches("[a-z][a-z0-9-]*"), analysis.descriptor().id() + ": --" + setting.name());
            }
            Result help = CliHarness.run("analyses", analysis.descriptor().id());
            assertEquals(0, help.exitCode(), help.err());
        }
    }

    @Test
    void helpOfAShortcutShowsTheAnalysisSettings() throws Exception {
        Result r = CliHarness.run("help", "gra");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("--reference TEXT") && r.out().contains("default the first column"), r.out());
    }
}
