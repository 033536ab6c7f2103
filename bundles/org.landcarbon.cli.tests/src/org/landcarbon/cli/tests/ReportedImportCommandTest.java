package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;

/** {@code import --reported}: a publication's table into a study's reported values, as {@code ./landcarbon} runs it. */
class ReportedImportCommandTest {

    private static Path freshStudy(Path dir) throws Exception {
        Path file = dir.resolve("guizhou.landcarbon");
        Result r = CliHarness.run("new", "--name", "Guizhou", "--region", "Guizhou", "--years", "2005-2019", "--out",
                file.toString());
        assertEquals(0, r.exitCode(), r.err());
        return file;
    }

    private static Set<String> keys(List<ReportedValue> values) {
        return values.stream().map(v -> v.getYear() + "|" + v.getComponent() + "|" + v.getValue() + "|" + v.getUnit()
                + "|" + v.getSource()).collect(Collectors.toSet());
    }

    @Test
    void table5IntoANewStudyGivesTheGuizhouSamplesReportedValues(@TempDir Path dir) throws Exception {
        Study sample = StudyFiles.load(StudyCommandsTest.sample("guizhou-2005-2019.landcarbon", dir));
        String source = sample.getReportedValues().get(0).getSource();
        Path studyFile = freshStudy(dir);
        Path table5 = TestFiles.copy("table5-emissions-by-land-type.csv", dir);

        Result r = CliHarness.run("import", "--into", studyFile.toString(), table5.toString(), "--reported", "--source",
                source, "--unit", "10^4 t C");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Imported 165 reported values of 11 components into " + studyFile), r.out());
        assertTrue(r.out().lines().anyMatch("  agricultural_land: 15 values, 2005-2019, 10^4 t C"::equals), r.out());
        Study loaded = StudyFiles.load(studyFile);
        assertEquals(165, loaded.getReportedValues().size());
        assertEquals(keys(sample.getReportedValues()), keys(loaded.getReportedValues()));
        assertTrue(loaded.getSeries().stream().allMatch(s -> s.getValues().isEmpty()),
                "the new study's input series stay empty: reported values are no inputs");
    }

    @Test
    void aBadTableListsItsProblemsAndLeavesTheStudyUnchanged(@TempDir Path dir) throws Exception {
        Path studyFile = freshStudy(dir);
        byte[] before = Files.readAllBytes(studyFile);
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "# Table 9\nyear,forest,wetland\n2005,1.5,2\n2006,x,3\n", StandardCharsets.UTF_8);

        Result r = CliHarness.run("import", "--into", studyFile.toString(), csv.toString(), "--format", "reported-csv",
                "--source", "Paper, Table 9", "--unit", "10^4 t C");

        assertEquals(1, r.exitCode());
        assertEquals(List.of("t.csv, row 2, column C (wetland): unknown component 'wetland'; use one of garden, forest,"
                + " grassland, unused, water, cropland, construction, agricultural_land, sinks_total, sources_total, net"
                + " (docs/study-conventions.md)",
                "t.csv, row 4, column B (forest): not a number: 'x'",
                "landcarbon import: " + csv + " not imported: 2 error(s); " + studyFile + " is unchanged"),
                r.err().lines().toList());
        assertArrayEquals(before, Files.readAllBytes(studyFile));
    }

    @Test
    void theSourceIsRequiredAndGoesOnlyWithReported(@TempDir Path dir) throws Exception {
        Path studyFile = freshStudy(dir);
        Result noSource = CliHarness.run("import", "--into", studyFile.toString(), "t.csv", "--reported");
        assertEquals(2, noSource.exitCode());
        assertTrue(noSource.err().contains("reported values need --source"), noSource.err());
        Result badUnit = CliHarness.run("import", "--into", studyFile.toString(), "t.csv", "--reported", "--source", "S",
                "--unit", "10^4 hm2");
        assertEquals(2, badUnit.exitCode());
        assertTrue(badUnit.err().contains("--unit: unit '10^4 hm2' is not a mass of carbon or CO2"), badUnit.err());
        Result stray = CliHarness.run("import", "--into", studyFile.toString(), "t.csv", "--source", "S");
        assertEquals(2, stray.exitCode());
        assertTrue(stray.err().contains("--source and --unit go with --reported"), stray.err());
    }
}
