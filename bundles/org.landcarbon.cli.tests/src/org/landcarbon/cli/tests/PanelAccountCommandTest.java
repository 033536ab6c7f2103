package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;

/**
 * {@code account --input PANEL --by region} (docs/panel.md): the account of each region of a long panel against
 * hand calculations with the seed-guizhou rates (t C / (hm2 a)): garden and forest -0.644, grassland -0.021,
 * unused -0.005, water -0.218; areas in 10^4 hm2, so a rate times an area is directly 10^4 t C.
 */
class PanelAccountCommandTest {

    @TempDir
    Path dir;

    /** Regions a and b (interleaved, out of year order); bad: a non-numeric cell; neg: a negative area. */
    private Path panel() throws Exception {
        String text = """
                # two regions, garden/unused/water without a unit: 10^4 hm2 as the seed classes' area series
                region,year,garden,forest [10^4 hm2],grassland [10^4 hm2],unused,water
                a,2011,12,110,60,20,5
                b,2010,0,200,10,0,1
                a,2010,10,100,50,20,5
                b,2011,0,200,10,0,1
                bad,2010,1,1O1,1,1,1
                neg,2010,1,-5,1,1,1
                """;
        Path p = dir.resolve("panel.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static final String[] NOT_APPLICABLE = {"--not-applicable", "cropland,construction,agricultural_land"};

    @SuppressWarnings("unchecked")
    private static double value(Map<String, Object> account, int year, String component) {
        for (Map<String, Object> y : (List<Map<String, Object>>) account.get("years")) {
            if (((Double) y.get("year")).intValue() == year) {
                Map<String, Object> v = (Map<String, Object>) ((Map<String, Object>) y.get("values")).get(component);
                return (Double) v.get("value");
            }
        }
        throw new AssertionError("no year " + year);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRegionsAccountAgainstHandCalculationAndFailuresPerRegion() throws Exception {
        Result r = CliHarness.run("account", "--input", panel().toString(), "--by", "region", "--coefficients", "seed-guizhou",
                NOT_APPLICABLE[0], NOT_APPLICABLE[1], "--format", "json");
        assertEquals(1, r.exitCode(), "bad and neg fail:\n" + r.err());
        Map<String, Object> j = Json.object(r.out());
        assertEquals("panel.csv", j.get("input"));
        assertEquals(4.0, j.get("regions"));
        List<Map<String, Object>> results = (List<Map<String, Object>>) j.get("results");
        assertEquals(List.of("a", "b"), results.stream().map(m -> m.get("region")).toList());
        Map<String, Object> a = (Map<String, Object>) results.get(0).get("account");
        Map<String, Object> b = (Map<String, Object>) results.get(1).get("account");
        // a 2010: 10 x 0.644 = 6.44, 100 x 0.644 = 64.4, 50 x 0.021 = 1.05, 20 x 0.005 = 0.1, 5 x 0.218 = 1.09; sum 73.08
        assertEquals(6.44, value(a, 2010, "garden"), 1e-9);
        assertEquals(64.4, value(a, 2010, "forest"), 1e-9);
        assertEquals(1.05, value(a, 2010, "grassland"), 1e-9);
        assertEquals(0.1, value(a, 2010, "unused"), 1e-9);
        assertEquals(1.09, value(a, 2010, "water"), 1e-9);
        assertEquals(73.08, value(a, 2010, "sinks_total"), 1e-9);
        // no source applies: sources_total 0, net = 0 - 73.08
        assertEquals(0.0, value(a, 2010, "sources_total"), 1e-12);
        assertEquals(-73.08, value(a, 2010, "net"), 1e-9);
        // a 2011: 12 x 0.644 = 7.728, 110 x 0.644 = 70.84, 60 x 0.021 = 1.26, 0.1, 1.09; sum 81.018
        assertEquals(70.84, value(a, 2011, "forest"), 1e-9);
        assertEquals(81.018, value(a, 2011, "sinks_total"), 1e-9);
        // b (each year): 0 + 200 x 0.644 = 128.8 + 10 x 0.021 = 0.21 + 0 + 1 x 0.218 = 0.218; sum 129.228
        assertEquals(128.8, value(b, 2010, "forest"), 1e-9);
        assertEquals(129.228, value(b, 2011, "sinks_total"), 1e-9);
        List<Map<String, Object>> failures = (List<Map<String, Object>>) j.get("failures");
        assertEquals(List.of("bad", "neg"), failures.stream().map(m -> m.get("region")).toList());
        assertEquals(List.of("panel.csv line 7 (year 2010), column forest: '1O1' is not a number"), failures.get(0).get("problems"));
        String neg = ((List<String>) failures.get(1).get("problems")).get(0);
        assertTrue(neg.startsWith("panel.csv region neg: not computed: 'landcarbon validate' finds"), neg);
        assertTrue(neg.contains("area.forest"), neg);
        assertTrue(r.err().contains("region bad: panel.csv line 7 (year 2010), column forest: '1O1' is not a number"), r.err());
        assertTrue(r.err().contains("2 of 4 regions failed: bad, neg"), r.err());
    }

    @Test
    void csvHasTheRegionColumnFirstAndTheTrailNamesTheLine() throws Exception {
        Result r = CliHarness.run("account", "--input", panel().toString(), "--by", "region", "--coefficients", "seed-guizhou",
                NOT_APPLICABLE[0], NOT_APPLICABLE[1], "--format", "csv");
        assertEquals(1, r.exitCode(), r.err());
        String[] lines = r.out().split("\r?\n");
        assertTrue(lines[0].startsWith("region,year,garden,forest,grassland,unused,water"), lines[0]);
        assertEquals(5, lines.length, r.out()); // header, a 2010, a 2011, b 2010, b 2011
        assertTrue(lines[1].startsWith("a,2010,6.44,64.40,1.05,0.10,1.09"), lines[1]);
        assertTrue(lines[3].startsWith("b,2010,0.00,128.80,0.21,0.00,0.22"), lines[3]);
    }

    @Test
    void jsonlIsOneLinePerRegion() throws Exception {
        Result r = CliHarness.run("account", "--input", panel().toString(), "--by", "region", "--coefficients", "seed-guizhou",
                NOT_APPLICABLE[0], NOT_APPLICABLE[1], "--format", "jsonl");
        assertEquals(1, r.exitCode(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(4, lines.length, r.out());
        Map<String, Object> first = Json.object(lines[0]);
        assertEquals("a", first.get("region"));
        @SuppressWarnings("unchecked")
        Map<String, Object> account = (Map<String, Object>) first.get("account");
        assertEquals(73.08, value(account, 2010, "sinks_total"), 1e-9);
        assertTrue(Json.object(lines[2]).containsKey("problems"), lines[2]);
    }

    @Test
    void aTemplateStudyGivesTheCoefficientsAndAllRegionsSucceed() throws Exception {
        Path study = dir.resolve("t.landcarbon");
        Result made = CliHarness.run("new", "--name", "template", "--region", "x", "--years", "2010-2011", "--out", study.toString());
        assertEquals(0, made.exitCode(), made.err());
        assertEquals(0, CliHarness.run("set-method", study.toString(), "construction", "not-applicable").exitCode());
        Path p = dir.resolve("two.csv");
        Files.writeString(p, "region,year,forest\nx,2010,100\ny,2010,200\n", StandardCharsets.UTF_8);
        // the template gives the classes and a method choice (construction not applicable), --coefficients the rates
        Result r = CliHarness.run("account", "--input", p.toString(), "--by", "region", "--study", study.toString(),
                "--coefficients", "seed-guizhou", "--format", "table");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("== region x =="), r.out());
        assertTrue(r.out().contains("== region y =="), r.out());
        assertTrue(r.out().contains("64.40"), r.out());   // 100 x 0.644
        assertTrue(r.out().contains("128.80"), r.out());  // 200 x 0.644
    }

    @Test
    void aColumnThatIsNoSeriesFailsTheFileWithExit1() throws Exception {
        Path p = dir.resolve("odd.csv");
        Files.writeString(p, "region,year,forest,rainfall\nx,2010,100,3\n", StandardCharsets.UTF_8);
        Result r = CliHarness.run("account", "--input", p.toString(), "--by", "region", "--coefficients", "seed-guizhou");
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("odd.csv: column 'rainfall' is neither a series id of the account"), r.err());
        Path noUnit = dir.resolve("nounit.csv");
        Files.writeString(noUnit, "region,year,gdp.secondary\nx,2010,100\n", StandardCharsets.UTF_8);
        r = CliHarness.run("account", "--input", noUnit.toString(), "--by", "region", "--coefficients", "seed-guizhou");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("nounit.csv: column 'gdp.secondary' has no unit; write it in the header, e.g. 'gdp.secondary [10^8 yuan]'"),
                r.err());
    }

    @Test
    void withoutCoefficientsOrStudyItIsAUsageError() throws Exception {
        Result r = CliHarness.run("account", "--input", panel().toString(), "--by", "region");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--coefficients SET|FILE.csv"), r.err());
        r = CliHarness.run("account", "--input", panel().toString(), "--coefficients", "seed-guizhou");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("needs --by COLUMN"), r.err());
    }
}
