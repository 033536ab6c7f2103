package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;

/** Panel input (--by region) and the batch command: docs/panel.md, point by point. */
class PanelCommandsTest {

    @TempDir
    Path dir;

    /** The seed's net emission (Table 5) by year, read from the test data. */
    private List<String[]> seedNet() throws Exception {
        Path t5 = TestFiles.copy("table5-emissions-by-land-type.csv", dir);
        List<String[]> rows = new ArrayList<>();
        String[] header = null;
        for (String line : Files.readAllLines(t5)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            if (header == null) {
                header = f;
                continue;
            }
            rows.add(new String[] { f[0], f[header.length - 1] });
        }
        return rows;
    }

    /**
     * guizhou = the seed series; half = every value halved (GM(1,1) is scale-equivariant: same a, C and
     * P, half the b); rows of the two interleaved and out of year order. bad: a non-numeric cell; dup: a
     * year twice; short: three years, too few for GM(1,1).
     */
    private Path panel() throws Exception {
        StringBuilder b = new StringBuilder("# a panel\nregion,year,net\n");
        List<String[]> net = seedNet();
        for (int i = net.size() - 1; i >= 0; i--) {
            b.append("guizhou,").append(net.get(i)[0]).append(',').append(net.get(i)[1]).append('\n');
            b.append("half,").append(net.get(i)[0]).append(',').append(Double.parseDouble(net.get(i)[1]) / 2).append('\n');
        }
        b.append("bad,2005,100\nbad,2006,1O1\nbad,2007,102\nbad,2008,103\n");
        b.append("dup,2005,100\ndup,2006,101\ndup,2006,102\ndup,2007,103\ndup,2008,104\n");
        b.append("short,2005,100\nshort,2006,101\nshort,2007,102\n");
        Path p = dir.resolve("panel.csv");
        Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    @SuppressWarnings("unchecked")
    void gm11ForEveryRegionInOneDocumentWithFailuresListed() throws Exception {
        Result r = CliHarness.run("gm11", "--input", panel().toString(), "--by", "region", "--column", "net");
        assertEquals(1, r.exitCode(), "three regions fail:\n" + r.err());
        Map<String, Object> j = Json.object(r.out());
        assertEquals("grey.gm11", j.get("analysis"));
        assertEquals(5.0, j.get("regions"));
        List<Map<String, Object>> results = (List<Map<String, Object>>) j.get("results");
        assertEquals(List.of("guizhou", "half"), results.stream().map(m -> m.get("region")).toList());
        Map<String, Object> g = results.get(0);
        Map<String, Object> h = results.get(1);
        // the seed values of the single-series contract (AnalysisCommandsTest), and the halved series
        assertEquals(-0.044700, (Double) g.get("a"), 5e-7);
        assertEquals(2752.62, (Double) g.get("b"), 0.005);
        assertEquals(0.3235, (Double) g.get("C"), 5e-5);
        assertEquals((Double) g.get("a"), (Double) h.get("a"), 1e-12);
        assertEquals((Double) g.get("b") / 2, (Double) h.get("b"), 1e-9);
        assertEquals((Double) g.get("C"), (Double) h.get("C"), 1e-12);
        assertEquals((Double) g.get("mape_pct"), (Double) h.get("mape_pct"), 1e-9);
        assertEquals(15, ((List<Object>) g.get("fitted")).size());

        List<Map<String, Object>> failures = (List<Map<String, Object>>) j.get("failures");
        assertEquals(List.of("bad", "dup", "short"), failures.stream().map(m -> m.get("region")).toList());
        String bad = (String) ((List<Object>) failures.get(0).get("problems")).get(0);
        assertEquals("panel.csv line 34 (year 2006), column net: '1O1' is not a number", bad);
        String dup = (String) ((List<Object>) failures.get(1).get("problems")).get(0);
        assertEquals("panel.csv line 39: region dup, year 2006 appears twice (first on line 38)", dup);
        String tooShort = (String) ((List<Object>) failures.get(2).get("problems")).get(0);
        assertTrue(tooShort.startsWith("panel.csv region short"), tooShort);
        assertTrue(r.err().contains("region bad: panel.csv line 34"), r.err());
        assertTrue(r.err().contains("3 of 5 regions failed: bad, dup, short"), r.err());
    }

    @Test
    void csvHasARegionColumnAndJsonLinesOneLinePerRegion() throws Exception {
        Path p = panel();
        Result csv = CliHarness.run("gm11", "--input", p.toString(), "--by", "region", "--format", "csv");
        assertEquals(1, csv.exitCode());
        List<String> lines = csv.out().lines().toList();
        assertEquals("region,key,row,column,value,unit", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("guizhou,a,,,-0.0447")), csv.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("half,b,,,1376.3")), csv.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("bad,")), "no rows for a failed region");

        Result jsonl = CliHarness.run("gm11", "--input", p.toString(), "--by", "region", "--format", "jsonl");
        assertEquals(1, jsonl.exitCode());
        List<String> objects = jsonl.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(5, objects.size(), jsonl.out());
        for (String o : objects) {
            Json.object(o);
        }
        assertTrue(objects.get(0).startsWith("{\"region\":\"guizhou\",\"analysis\":\"grey.gm11\""), objects.get(0));
        assertTrue(objects.get(2).contains("\"problems\":[\"panel.csv line 34"), objects.get(2));
    }

    @Test
    void allRegionsGoodExitsZeroAndAFileProblemFailsTheWholePanel() throws Exception {
        StringBuilder b = new StringBuilder("county,year,net\n");
        for (int y = 2010; y < 2016; y++) {
            b.append("a,").append(y).append(',').append(100 + y % 7).append('\n');
            b.append("b,").append(y).append(',').append(200 + y % 5).append('\n');
        }
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, b.toString());
        Result r = CliHarness.run("run", "grey.gm11", "--input", ok.toString(), "--by", "county", "--format", "jsonl");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(2, r.out().lines().filter(l -> !l.isBlank()).count());

        Result noColumn = CliHarness.run("gm11", "--input", ok.toString(), "--by", "region");
        assertEquals(1, noColumn.exitCode());
        assertTrue(noColumn.err().contains("ok.csv line 1: no column 'region' (--by)"), noColumn.err());

        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "region,year,net\na,2010,1\na,2011\n");
        Result rr = CliHarness.run("gm11", "--input", ragged.toString(), "--by", "region");
        assertEquals(1, rr.exitCode());
        assertTrue(rr.err().contains("ragged.csv line 3: 2 fields, the header (line 1) has 3"), rr.err());

        Result jsonlAlone = CliHarness.run("gm11", "--input", ok.toString(), "--format", "jsonl");
        assertEquals(2, jsonlAlone.exitCode());
    }

    @Test
    void batchRunsEveryLineAndReportsFailuresByLineNumber() throws Exception {
        Path p = panel();
        Path ok = dir.resolve("net.csv");
        Files.writeString(ok, "year,net\n2010,100\n2011,104\n2012,109\n2013,113\n2014,118\n");
        Path batch = dir.resolve("jobs.txt");
        Files.writeString(batch, String.join("\n",
                "# two good lines, two failing ones",
                "version",
                "",
                "gm11 --input '" + ok + "' --format csv",
                "gm11 --input \"" + dir.resolve("missing.csv") + "\"",
                "gm11 --input " + p + " --by region --format jsonl",
                "nosuchcommand",
                "gra --input 'unclosed"));
        Result r = CliHarness.run("batch", batch.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().contains("LandCarbon"), "line 2 ran:\n" + r.out());
        assertTrue(r.out().contains("key,row,column,value,unit"), "line 4 ran after line 2:\n" + r.out());
        assertTrue(r.out().contains("{\"region\":\"half\""), "line 6 ran after the failure of line 5");
        assertTrue(r.err().contains("jobs.txt line 5: landcarbon gm11: "), r.err());
        assertTrue(r.err().contains("missing.csv: no such file"), r.err());
        assertTrue(r.err().contains("jobs.txt line 6: region bad: panel.csv line 34"), r.err());
        assertTrue(r.err().contains("jobs.txt line 7: landcarbon: unknown command 'nosuchcommand'"), r.err());
        assertTrue(r.err().contains("jobs.txt line 8: unclosed ' quote"), r.err());
        assertTrue(r.err().contains("4 of 6 commands failed (lines 5, 6, 7, 8)"), r.err());

        Path good = dir.resolve("good.txt");
        Files.writeString(good, "version\n  # indented comment\nversion\n");
        Result g = CliHarness.run("batch", good.toString());
        assertEquals(0, g.exitCode(), g.err());
        assertTrue(g.err().contains("2 commands, all succeeded"), g.err());

        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "# nothing\n");
        assertEquals(1, CliHarness.run("batch", empty.toString()).exitCode());
        Path nested = dir.resolve("nested.txt");
        Files.writeString(nested, "batch " + good + "\n");
        Result n = CliHarness.run("batch", nested.toString());
        assertEquals(1, n.exitCode());
        assertTrue(n.err().contains("nested.txt line 1: a batch cannot run 'batch'"), n.err());
    }

    /** The same panel as an XLSX sheet (numbers as numbers, the bad cell as text): the same results, problems cite panel.xlsx. */
    @Test
    @SuppressWarnings("unchecked")
    void xlsxPanelGivesTheResultsOfTheCsvPanel() throws Exception {
        Path csv = panel();
        List<List<Object>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            if (line.startsWith("#") || line.startsWith("region,")) {
                continue;
            }
            String[] f = line.split(",");
            Object value = f[2].matches("[0-9.]+") ? (Object) Double.valueOf(f[2]) : f[2];
            rows.add(List.of(f[0], Integer.valueOf(f[1]), value));
        }
        Path xlsx = dir.resolve("panel.xlsx");
        org.landcarbon.io.TableWorkbooks.write(xlsx, "panel", List.of("region", "year", "net"), rows);

        Result fromCsv = CliHarness.run("gm11", "--input", csv.toString(), "--by", "region", "--column", "net");
        Result fromXlsx = CliHarness.run("gm11", "--input", xlsx.toString(), "--by", "region", "--column", "net");
        assertEquals(1, fromXlsx.exitCode(), fromXlsx.err());
        List<Map<String, Object>> a = (List<Map<String, Object>>) Json.object(fromCsv.out()).get("results");
        List<Map<String, Object>> b = (List<Map<String, Object>>) Json.object(fromXlsx.out()).get("results");
        assertEquals(a.stream().map(m -> m.get("region")).toList(), b.stream().map(m -> m.get("region")).toList());
        for (int i = 0; i < a.size(); i++) {
            for (String key : List.of("a", "b", "C", "P", "mape_pct")) {
                assertEquals((Double) a.get(i).get(key), (Double) b.get(i).get(key), 1e-12, key + " of " + a.get(i).get("region"));
            }
        }
        assertTrue(fromXlsx.err().contains("panel.xlsx") && fromXlsx.err().contains("'1O1' is not a number"), fromXlsx.err());
    }
}
