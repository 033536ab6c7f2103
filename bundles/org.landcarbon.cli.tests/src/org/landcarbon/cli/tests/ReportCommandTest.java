package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.model.samples.SampleStudies;

/** {@code report}: writes the document and its figures, and refuses what it cannot do with the reason. */
class ReportCommandTest {

    @Test
    void writesDocxAndSaysWhat(@TempDir Path dir) throws Exception {
        Path study = StudyCommandsTest.sample(SampleStudies.GUIZHOU_FILE, dir);
        Path docx = dir.resolve("guizhou.docx");
        Result r = CliHarness.run("report", study.toString(), "-o", docx.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Wrote " + docx + " (docx; "), r.out());
        byte[] head = Files.readAllBytes(docx);
        assertTrue(head.length > 50_000 && head[0] == 'P' && head[1] == 'K', "a zip (OOXML) with embedded figures");
    }

    @Test
    void markdownInChineseWithoutScenariosWritesTheFiguresBeside(@TempDir Path dir) throws Exception {
        Path study = StudyCommandsTest.sample(SampleStudies.GUIZHOU_FILE, dir);
        Path md = dir.resolve("r.md");
        Result r = CliHarness.run("report", study.toString(), "--lang", "zh", "--scenarios", "none", "-o", md.toString());
        assertEquals(0, r.exitCode(), r.err());
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(text.contains("净碳排放量"), "Chinese headers");
        assertFalse(text.contains("情景关键指标"), "no scenario table");
        assertTrue(Files.isRegularFile(dir.resolve("r-sources-sinks.png")));
        assertTrue(r.out().contains("figure " + dir.resolve("r-gm11.png")), r.out());
    }

    @Test
    void refusesWithTheReason(@TempDir Path dir) throws Exception {
        Path study = StudyCommandsTest.sample(SampleStudies.GUIZHOU_FILE, dir);
        Result noOutput = CliHarness.run("report", study.toString());
        assertEquals(2, noOutput.exitCode());
        assertTrue(noOutput.err().contains("-o FILE is required"), noOutput.err());
        Result unknownFormat = CliHarness.run("report", study.toString(), "-o", dir.resolve("r.pdf").toString());
        assertEquals(2, unknownFormat.exitCode());
        assertTrue(unknownFormat.err().contains("cannot tell the format"), unknownFormat.err());
        Result scenario = CliHarness.run("report", study.toString(), "--scenarios", "Nonesuch", "-o", dir.resolve("r.tex").toString());
        assertEquals(1, scenario.exitCode());
        assertTrue(scenario.err().contains("no scenario 'Nonesuch'"), scenario.err());
        assertFalse(Files.exists(dir.resolve("r.tex")), "nothing written on failure");
        Result folder = CliHarness.run("report", study.toString(), "-o", dir.resolve("missing/r.md").toString());
        assertEquals(1, folder.exitCode());
        assertTrue(folder.err().contains("does not exist"), folder.err());
    }
}
