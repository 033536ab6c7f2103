package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.model.samples.RegionSample;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The bytes of every panel output (an analysis --by region, account --input PANEL --by, account --by-region) in
 * each format, against files recorded before their three writing loops became one writer
 * (testdata/panel-output/, recorded at 1117523; the temporary directory written as {@code <dir>}). A missing file is written to
 * {@code java.io.tmpdir/panel-output/} and the test fails: that is how a new pin is recorded.
 */
class PanelOutputPinTest {

    @TempDir
    Path dir;

    /** Pins without a file, each recorded (see the class comment) before the test fails. */
    private final List<String> missing = new ArrayList<>();

    /** Two good regions ("b, scaled" is a x 1.5, its name quoted in CSV) and one too short for GM(1,1), out of order. */
    private Path seriesPanel() throws IOException {
        String text = """
                region,year,net
                a,2005,100
                "b, scaled",2005,150
                a,2006,104
                a,2007,109
                a,2008,113
                a,2009,118
                "b, scaled",2006,156
                "b, scaled",2007,163.5
                "b, scaled",2008,169.5
                "b, scaled",2009,177
                short,2005,1
                short,2006,2
                """;
        Path p = dir.resolve("series.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Two regions of areas (one name with a comma), a non-numeric cell and a negative area. */
    private Path areaPanel() throws IOException {
        String text = """
                region,year,garden,forest [10^4 hm2],grassland [10^4 hm2],unused,water
                "west, upper",2015,8,90,40,10,3
                east,2015,0,150,20,5,2
                "west, upper",2016,9,95,41,10,3
                east,2016,1,150,19,5,2
                broken,2015,1,x9,1,1,1
                negative,2015,1,-2,1,1,1
                """;
        Path p = dir.resolve("areas.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void analysisPanelInEachFormat() throws Exception {
        Path p = seriesPanel();
        for (String format : new String[] {"json", "jsonl", "csv", "table"}) {
            pin("gm11-by-region." + format, 1, CliHarness.run("gm11", "--input", p.toString(), "--by", "region", "--format", format));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void accountPanelInEachFormat() throws Exception {
        Path p = areaPanel();
        for (String format : new String[] {"json", "jsonl", "csv"}) {
            pin("account-panel." + format, 1, CliHarness.run("account", "--input", p.toString(), "--by", "region", "--coefficients",
                    "seed-guizhou", "--not-applicable", "cropland,construction,agricultural_land", "--format", format));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void accountByRegionInEachFormat() throws Exception {
        Path file = StudyCommandsTest.sample(RegionSample.FILE, dir);
        for (String format : new String[] {"json", "csv"}) {
            pin("account-by-region." + format, 0, CliHarness.run("account", file.toString(), "--by-region", "--format", format));
        }
        assertEquals(List.of(), missing);
    }

    private void pin(String name, int exitCode, Result r) throws Exception {
        assertEquals(exitCode, r.exitCode(), name + ": " + r.err());
        String actual = r.out().replace(dir.toString(), "<dir>");
        String digest = entry(name + ".sha256");
        if (digest != null) { // a large output: its SHA-256 (the file would be 160 kB)
            assertEquals(digest.strip(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(actual.getBytes(StandardCharsets.UTF_8))), name + " (SHA-256)");
            return;
        }
        String expected = entry(name);
        if (expected == null) {
            Path record = Path.of(System.getProperty("java.io.tmpdir"), "panel-output", name);
            Files.createDirectories(record.getParent());
            Files.writeString(record, actual, StandardCharsets.UTF_8);
            missing.add("no testdata/panel-output/" + name + "; this output was written to " + record);
            return;
        }
        assertEquals(expected, actual, name);
    }

    /** A file of testdata/panel-output as text, or null. */
    private static String entry(String name) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(PanelOutputPinTest.class);
        Enumeration<URL> found = bundle.findEntries("testdata/panel-output", name, false);
        if (found == null || !found.hasMoreElements()) {
            return null;
        }
        try (InputStream in = found.nextElement().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
