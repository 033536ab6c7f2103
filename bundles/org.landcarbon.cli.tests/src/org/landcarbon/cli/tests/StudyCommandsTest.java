package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;
import org.osgi.framework.FrameworkUtil;

/** {@code new}, {@code validate} and {@code info} on real files. */
class StudyCommandsTest {

    static Path sample(String name, Path dir) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = FrameworkUtil.getBundle(SampleStudies.class).getEntry("samples/" + name).openStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void newCreatesAStudyWithRegionYearsAndClasses(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bijie.landcarbon");
        Result r = CliHarness.run("new", "--name", "Bijie 2000-2020", "--region", "Bijie", "--years", "2000-2020", "--classes", "clcd",
                "--out", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("Created " + file + ": study 'Bijie 2000-2020', region Bijie, 2000-2020, 6 land classes (clcd)\n", r.out());
        Study s = StudyFiles.load(file);
        assertEquals("Bijie", s.getRegion().getName());
        assertEquals(2000, s.getStartYear());
        assertEquals(2020, s.getEndYear());
        assertEquals(List.of("area.cropland", "area.forest", "area.grassland", "area.water", "area.unused", "area.construction"),
                s.getSeries().stream().map(x -> x.getId()).toList());
        assertEquals("建设用地", s.getLandClassSystem().getClasses().get(5).getNameZh());
    }

    @Test
    void newNeverOverwrites(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.landcarbon");
        Files.writeString(file, "precious");
        Result r = CliHarness.run("new", "--name", "S", "--region", "R", "--years", "2005-2019", "--out", file.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("exists; not overwritten"), r.err());
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void newRefusesBadArguments(@TempDir Path dir) throws Exception {
        String out = dir.resolve("s.landcarbon").toString();
        assertUsage(CliHarness.run("new", "--region", "R", "--years", "2005-2019", "--out", out), "missing --name");
        assertUsage(CliHarness.run("new", "--name", "S", "--region", "R", "--years", "2019-2005", "--out", out), "--years must be a period");
        assertUsage(CliHarness.run("new", "--name", "S", "--region", "R", "--years", "2005-20x9", "--out", out), "got '2005-20x9'");
        assertUsage(CliHarness.run("new", "--name", "S", "--region", "R", "--years", "2005-2019", "--classes", "corine", "--out", out),
                "--classes must be seed or clcd, got 'corine'");
        assertUsage(CliHarness.run("new", "--name", "S", "--region", "R", "--years", "2005", "--out", dir.resolve("s.xml").toString()),
                "--out must name a .landcarbon file");
        assertUsage(CliHarness.run("new", "--name", "S", "--colour", "red"), "unknown option '--colour'");
        assertUsage(CliHarness.run("new", "--name"), "--name needs a value");
        assertFalse(Files.exists(dir.resolve("s.landcarbon")));
    }

    private static void assertUsage(Result r, String message) {
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertTrue(r.err().contains("Usage: landcarbon new"), r.err());
    }

    @Test
    void validateGuizhouFlagsTable5In2014To2018AndExitsZeroForWarnings(@TempDir Path dir) throws Exception {
        Path file = sample(SampleStudies.GUIZHOU_FILE, dir);
        Result r = CliHarness.run("validate", file.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        List<String> flagged = r.out().lines().filter(l -> l.contains("differs from")).toList();
        assertEquals(10, flagged.size(), r.out());
        for (int year = 2014; year <= 2018; year++) {
            String y = "year " + year + ":";
            assertEquals(2, flagged.stream().filter(l -> l.contains(y)).count(), r.out());
        }
        assertTrue(r.out().contains("WARNING Study 'Guizhou 2005-2019', reported values, year 2016: sources_total 6217.87 10^4 t C differs from "
                + "construction + agricultural_land = 6608.9 by -391.03"), r.out());
        assertTrue(r.out().strip().endsWith(file + ": 0 errors, 31 warnings"), r.out());
    }

    @Test
    void validateExitsOneOnErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.landcarbon");
        assertEquals(0, CliHarness.run("new", "--name", "Bad", "--region", "R", "--years", "2005-2006", "--out", file.toString()).exitCode());
        String text = Files.readString(file).replace("<series id=\"area.forest\" subject=\"forest\" unit=\"10^4 hm2\"/>",
                "<series id=\"area.forest\" subject=\"forest\" unit=\"10^4 hm2\">\n    <values year=\"2005\" value=\"-4.5\"/>\n"
                        + "    <values year=\"2006\" value=\"NaN\"/>\n  </series>");
        Files.writeString(file, text);
        Result r = CliHarness.run("validate", file.toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.out().contains("ERROR   Study 'Bad', series area.forest, year 2005: the value -4.5 10^4 hm2 is negative"), r.out());
        assertTrue(r.out().contains("ERROR   Study 'Bad', series area.forest, year 2006: the value NaN is not a number"), r.out());
        assertTrue(r.out().contains(": 2 errors, 6 warnings"), r.out());
    }

    @Test
    void validateNamesTheLineOfADamagedFile(@TempDir Path dir) throws Exception {
        Path file = sample(SampleStudies.GUIZHOU_FILE, dir);
        List<String> lines = Files.readAllLines(file);
        lines.set(30, lines.get(30).replaceFirst("value=\"[0-9.]+\"", "value=\"12,0\""));
        Files.write(file, lines);
        Result r = CliHarness.run("validate", file.toString());
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("landcarbon validate: " + file + ", line 31, column "), r.err());
        assertTrue(r.err().contains("12,0"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void validateAndInfoReportAMissingFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nope.landcarbon");
        for (String command : List.of("validate", "info")) {
            Result r = CliHarness.run(command, file.toString());
            assertEquals(1, r.exitCode());
            assertEquals("landcarbon " + command + ": " + file + ": no such file\n", r.err());
        }
        assertEquals(2, CliHarness.run("validate").exitCode());
        assertEquals(2, CliHarness.run("info", "a", "b").exitCode());
    }

    @Test
    void infoSummarizesGuizhou(@TempDir Path dir) throws Exception {
        Path file = sample(SampleStudies.GUIZHOU_FILE, dir);
        Result r = CliHarness.run("info", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("Study:        Guizhou 2005-2019\n"), out);
        assertTrue(out.contains("Region:       Guizhou 贵州省 (code 520000), total area 17.61 10^4 km2\n"), out);
        assertTrue(out.contains("Years:        2005-2019 (15)\n"), out);
        assertTrue(out.contains("Land classes: seed, 7: cropland 耕地 (both, agricultural), garden 园地 (sink, agricultural)"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("  area\\.forest +10\\^4 hm2 +15  none")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("  activity\\.fertilizer +t +0  15 \\(2005-2019\\)")), out);
        assertTrue(out.contains("Coefficients: set guizhou-2005-2019-seed \"Seed paper coefficients (Guizhou 2005-2019)\" version 1, 29 entries;"
                + " 0 study overrides\n"), out);
        assertTrue(out.contains("Reported:     165 values, years 2005-2019, 11 components (garden, forest, grassland, unused, water, cropland, "
                + "construction, agricultural_land, sinks_total, sources_total, net), in 10^4 t C\n"), out);
        // the three illustrative scenarios of org.landcarbon.scenarios.SampleScenarios (docs/scenarios.md)
        assertTrue(out.contains("Scenarios:    3\n  Natural development (illustrative), to 2060: 0 series overrides, 0 coefficient overrides, "
                + "8 projection rules\n"), out);
    }

    @Test
    void infoMarksTheDemoCountyAsSynthetic(@TempDir Path dir) throws Exception {
        Result r = CliHarness.run("info", sample(SampleStudies.DEMO_FILE, dir).toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Study:        Demo county (synthetic)   [SYNTHETIC DATA]\n"), r.out());
        assertFalse(r.out().lines().anyMatch(l -> l.startsWith("  ") && l.matches(".* \\d+ \\(\\d{4}.*")), "no missing years: " + r.out());
    }
}
