package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.StudyExporter;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;

/** The shipped sample studies survive export and import in every layout, value for value. */
class SampleRoundTripTest {

    static Stream<String[]> samplesAndFormats() throws IOException {
        Path samples = Path.of("..", "org.landcarbon.model", "samples");
        List<Path> files;
        try (Stream<Path> s = Files.list(samples)) {
            files = s.filter(p -> p.toString().endsWith(".landcarbon")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "the Guizhou and demo-county samples in " + samples.toAbsolutePath());
        return files.stream().flatMap(f -> Stream.of("csv", "csv-long", "xlsx", "xlsx-long")
                .map(format -> new String[] { f.toString(), format }));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("samplesAndFormats")
    void everyValueAndUnitOfASampleComesBack(String sample, String format, @TempDir Path dir) throws Exception {
        Study original = StudyFiles.load(Path.of(sample));
        Path file = dir.resolve("sample" + (format.startsWith("xlsx") ? ".xlsx" : ".csv"));
        StudyExporter exporter = RoundTripTest.exporter(format);
        exporter.export(original, file);

        Study target = LandCarbonFactory.eINSTANCE.createStudy();
        target.setStartYear(original.getStartYear());
        target.setEndYear(original.getEndYear());
        target.setLandClassSystem(EcoreUtil.copy(original.getLandClassSystem()));
        StudyImporter importer = RoundTripTest.importer(format);
        ImportPreview preview = importer.preview(file, target);
        assertEquals(List.of(), preview.problems());
        importer.apply(preview, target);

        int values = 0;
        for (Series s : original.getSeries()) {
            for (YearValue v : s.getValues()) {
                YearValue back = TestStudies.value(target, s.getId(), v.getYear());
                assertNotNull(back, s.getId() + " " + v.getYear());
                assertEquals(v.getValue(), back.getValue(), 0.0, s.getId() + " " + v.getYear());
                assertEquals(s.getUnit(), TestStudies.find(target, s.getId()).getUnit(), s.getId());
                values++;
            }
        }
        assertEquals(values, preview.changes().size(), "nothing more than the sample's values is imported");
    }
}
