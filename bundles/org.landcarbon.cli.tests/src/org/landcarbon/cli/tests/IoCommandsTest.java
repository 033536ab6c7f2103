package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.io.StudyTemplates;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;

/** import, export and template through the dispatcher, as {@code ./landcarbon} runs them. */
class IoCommandsTest {

    private static Path study(Path dir) throws Exception {
        Study s = LandCarbonFactory.eINSTANCE.createStudy();
        s.setName("CLI study");
        s.setStartYear(2005);
        s.setEndYear(2007);
        s.setLandClassSystem(StudyTemplates.classSystem("seed").orElseThrow());
        Series forest = LandCarbonFactory.eINSTANCE.createSeries();
        forest.setId("area.forest");
        forest.setKind(SeriesKind.LAND_AREA);
        forest.setSubject("forest");
        forest.setUnit("10^4 hm2");
        YearValue v = LandCarbonFactory.eINSTANCE.createYearValue();
        v.setYear(2005);
        v.setValue(700);
        forest.getValues().add(v);
        s.getSeries().add(forest);
        Path file = dir.resolve("study.landcarbon");
        StudyFiles.save(s, file);
        return file;
    }

    @Test
    void importWritesTheValuesWithProvenanceAndSavesTheStudy(@TempDir Path dir) throws Exception {
        Path studyFile = study(dir);
        Path csv = dir.resolve("areas.csv");
        Files.writeString(csv, "年份,林地 [公顷],耕地 [万公顷]\n2005,7907300,450.5\n2006,8995700,451\n", StandardCharsets.UTF_8);

        Result r = CliHarness.run("import", "--into", studyFile.toString(), csv.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("Imported 4 values into 2 series"), r.out());
        assertTrue(r.out().contains("area.forest: 2 values, 2005-2006, 10^4 hm2, 1 replaced (converted from 公顷)"), r.out());
        // 万公顷 is 10^4 hm2 spelt in Chinese: no conversion to report.
        assertTrue(r.out().lines().anyMatch("  area.cropland: 2 values, 2005-2006, 10^4 hm2, new series"::equals), r.out());
        Study loaded = StudyFiles.load(studyFile);
        YearValue v = loaded.getSeries().get(0).getValues().get(0);
        assertEquals(790.73, v.getValue(), 0.0);
        assertEquals(ProvenanceKind.IMPORTED, v.getProvenance());
        assertEquals("areas.csv:2", v.getProvenanceDetail());
    }

    @Test
    void aFileWithErrorsListsThemAllAndLeavesTheStudyFileByteForByteUnchanged(@TempDir Path dir) throws Exception {
        Path studyFile = study(dir);
        byte[] before = Files.readAllBytes(studyFile);
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "year,area.forest [10^4 hm2],area.mangrove [10^4 hm2]\n2005,abc,1\n2005,2,3\n");

        Result r = CliHarness.run("import", "--into", studyFile.toString(), csv.toString());

        assertEquals(1, r.exitCode());
        assertEquals(List.of(
                "bad.csv, row 1, column C (area.mangrove [10^4 hm2]): unknown series or land class 'area.mangrove'; use a series id such as area.forest or activity.fertilizer, or a land class of the study: cropland 耕地, garden 园地, forest 林地, grassland 草地, water 水域, unused 未利用地, construction 建设用地",
                "bad.csv, row 2, column B (area.forest [10^4 hm2]): not a number: 'abc'",
                "bad.csv, row 3, column A (year): duplicate year 2005 (also row 2)",
                "landcarbon import: " + csv + " not imported: 3 error(s); " + studyFile + " is unchanged"),
                r.err().lines().toList());
        assertArrayEquals(before, Files.readAllBytes(studyFile));
    }

    @Test
    void aGbkFileFromAChineseExcelImportsWithItsChineseHeaders(@TempDir Path dir) throws Exception {
        Path studyFile = study(dir);
        Path csv = dir.resolve("gbk.csv");
        // Made-up test numbers, saved the way a Chinese Excel saves plain "CSV" (GBK).
        Files.write(csv, "年份,耕地（万公顷）,人口（万人）\r\n2005,450.5,3000\r\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        Result r = CliHarness.run("import", "--into", studyFile.toString(), csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        Study loaded = StudyFiles.load(studyFile);
        assertEquals(450.5, loaded.getSeries().stream().filter(s -> s.getId().equals("area.cropland")).findFirst()
                .orElseThrow().getValues().get(0).getValue(), 0.0);
        assertEquals("10^4 persons", loaded.getSeries().stream().filter(s -> s.getId().equals("population"))
                .findFirst().orElseThrow().getUnit());
    }

    @Test
    void exportWithoutFormatFollowsTheExtension(@TempDir Path dir) throws Exception {
        Path studyFile = study(dir);
        Result r = CliHarness.run("export", studyFile.toString(), "--out", dir.resolve("s.xlsx").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().endsWith("(xlsx)" + System.lineSeparator()), r.out());
        Result bad = CliHarness.run("export", studyFile.toString(), "--out", dir.resolve("s.ods").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("give --format"), bad.err());
    }

    @Test
    void dryRunShowsTheChangesWithoutSaving(@TempDir Path dir) throws Exception {
        Path studyFile = study(dir);
        byte[] before = Files.readAllBytes(studyFile);
        Path csv = dir.resolve("long.csv");
        Files.writeString(csv, "year,series,value,unit\n2006,population,3690,10^4 persons\n");
        Result r = CliHarness.run("import", "--into", studyFile.toString(), csv.toString(), "--dry-run");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Would import 1 values into 1 series"), r.out());
        assertTrue(r.out().contains("(csv-long)"), r.out());
        assertArrayEquals(before, Files.readAllBytes(studyFile));
    }

    @Test
    void exportThenImportIntoTheSameStudyChangesNothing(@TempDir Path dir) throws Exception {
        Path studyFile = study(dir);
        for (String format : List.of("csv", "csv-long", "xlsx", "xlsx-long")) {
            Path out = dir.resolve("export-" + format + (format.startsWith("xlsx") ? ".xlsx" : ".csv"));
            Result e = CliHarness.run("export", studyFile.toString(), "--format", format, "--out", out.toString());
            assertEquals(0, e.exitCode(), e.err());
            assertTrue(e.out().startsWith("Wrote 1 series (1 values)"), e.out());
            Result i = CliHarness.run("import", "--into", studyFile.toString(), out.toString(), "--dry-run");
            assertEquals(0, i.exitCode(), format + ": " + i.err());
            assertTrue(i.out().contains("area.forest: 1 value, 2005, 10^4 hm2, 1 unchanged"), format + ": " + i.out());
        }
        Path csv = dir.resolve("export-csv.csv");
        assertEquals(List.of("\uFEFFyear,area.forest [10^4 hm2]", "2005,700", "2006,", "2007,"),
                Files.readAllLines(csv, StandardCharsets.UTF_8));
    }

    @Test
    void templateWritesHeadersAndEmptyYearRows(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("template.csv");
        Result r = CliHarness.run("template", "--classes", "clcd", "--years", "2005-2019", "--format", "csv", "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(16, lines.size());
        assertTrue(lines.get(0).startsWith("\uFEFFyear,area.cropland [10^4 hm2],area.forest [10^4 hm2],"), lines.get(0));
        assertTrue(lines.get(15).startsWith("2019,,"), lines.get(15));

        Path xlsx = dir.resolve("template.xlsx");
        assertEquals(0, CliHarness.run("template", "--classes", "seed", "--years", "2005-2019", "--format", "xlsx",
                "--out", xlsx.toString()).exitCode());
        assertTrue(Files.size(xlsx) > 0);
    }

    @Test
    void badUsageIsExitCodeTwo(@TempDir Path dir) throws Exception {
        Path studyFile = study(dir);
        Result noInto = CliHarness.run("import", "x.csv");
        assertEquals(2, noInto.exitCode());
        assertTrue(noInto.err().contains("missing --into"), noInto.err());
        Result badFormat = CliHarness.run("import", "--into", studyFile.toString(), "x.csv", "--format", "json");
        assertEquals(2, badFormat.exitCode());
        assertTrue(badFormat.err().contains("unknown --format 'json'; one of csv-long, csv-wide, xlsx"), badFormat.err());
        Result badYears = CliHarness.run("template", "--classes", "seed", "--years", "2019-2005", "--out", "t.csv");
        assertEquals(2, badYears.exitCode());
        assertTrue(badYears.err().contains("--years must be FROM-TO"), badYears.err());
        Result badClasses = CliHarness.run("template", "--classes", "corine", "--years", "2005-2019", "--out", "t.csv");
        assertEquals(2, badClasses.exitCode());
        assertTrue(badClasses.err().contains("unknown --classes 'corine'; one of seed, clcd"), badClasses.err());
    }

    @Test
    void aMissingStudyOrFileIsAFailureWithoutStackTrace(@TempDir Path dir) throws Exception {
        Result r = CliHarness.run("import", "--into", dir.resolve("none.landcarbon").toString(), "x.csv");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("study not found"), r.err());
        Path studyFile = study(dir);
        Result missing = CliHarness.run("import", "--into", studyFile.toString(), dir.resolve("nope.csv").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nope.csv: file not found"), missing.err());
        assertTrue(!missing.err().contains("Exception"), missing.err());
    }
}
