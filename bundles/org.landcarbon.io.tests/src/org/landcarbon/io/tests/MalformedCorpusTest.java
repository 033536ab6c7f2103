package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.landcarbon.io.ImportException;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.ReportedImports;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.io.internal.CsvLongImporter;
import org.landcarbon.io.internal.CsvWideImporter;
import org.landcarbon.io.internal.XlsxImporter;
import org.landcarbon.model.Study;

/**
 * testdata/malformed/: each bad input beside a {@code .expected} file holding exactly the problems
 * it must produce, one per line, in order. The format is told by the name: {@code .xlsx} is read as
 * a workbook, {@code *.long.csv} as the long CSV layout, {@code *.reported.csv} as reported values
 * (with a source, no unit for all columns), any other as the wide one. Each is read
 * into {@link TestStudies#corpusStudy()}.
 */
class MalformedCorpusTest {

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(TestStudies.testdata("malformed"))) {
            return files.filter(p -> !p.toString().endsWith(".expected")).sorted().toList().stream();
        }
    }

    @Test
    void corpusHasAtLeastThirtyInputsEachWithItsExpectation() throws IOException {
        List<Path> inputs = corpus().toList();
        assertTrue(inputs.size() >= 30, "corpus size " + inputs.size());
        for (Path p : inputs) {
            assertTrue(Files.exists(Path.of(p + ".expected")), "expectation for " + p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedInputGivesItsSpecificMessagesAndLeavesTheStudyUntouched(Path input) throws Exception {
        Study study = TestStudies.corpusStudy();
        Study before = EcoreUtil.copy(study);
        StudyImporter importer = importerFor(input);

        ImportPreview preview = importer.preview(input, study);

        List<String> expected = Files.readAllLines(Path.of(input + ".expected"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        List<String> actual = preview.problems().stream().map(ImportProblem::toString).toList();
        assertEquals(expected, actual, "problems of " + input.getFileName());
        assertTrue(preview.hasErrors(), "a malformed input is an error");
        assertTrue(EcoreUtil.equals(before, study), "preview does not touch the study");

        ImportException refused = assertThrows(ImportException.class, () -> importer.apply(preview, study));
        assertEquals(preview.errors(), refused.problems());
        assertTrue(EcoreUtil.equals(before, study), "nothing half-imported lands in the study");
    }

    private static StudyImporter importerFor(Path input) {
        String name = input.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            return new XlsxImporter();
        }
        if (name.endsWith(".reported.csv")) {
            return ReportedImports.csv("Corpus publication, Table 1", null);
        }
        return name.endsWith(".long.csv") ? new CsvLongImporter() : new CsvWideImporter();
    }
}
