package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.ValueChange;
import org.landcarbon.io.internal.CsvWideImporter;
import org.landcarbon.io.internal.TextDecoding;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Study;

/**
 * The same small table (made-up test numbers) saved three ways: GBK as a Chinese Excel writes
 * "CSV", UTF-8 with the mark Excel's "CSV UTF-8" writes, and plain UTF-8. Its headers are Chinese
 * class and series names with units in full-width brackets.
 */
class EncodingTest {

    @ParameterizedTest
    @ValueSource(strings = { "gbk-chinese-headers.csv", "utf8-bom-chinese-headers.csv", "utf8-chinese-headers.csv" })
    void chineseHeadersMapToSeriesIdsInEveryEncoding(String name) throws Exception {
        Study study = TestStudies.seedStudy();
        ImportPreview preview = new CsvWideImporter().preview(TestStudies.testdata(name), study);
        assertEquals(List.of(), preview.problems());
        List<String> read = preview.changes().stream()
                .map(c -> c.seriesId() + " " + c.year() + " " + c.value() + " " + c.unit()).toList();
        assertEquals(List.of(
                "area.cropland 2005 100.5 10^4 hm2", "area.forest 2005 200.25 10^4 hm2",
                "area.grassland 2005 5000.0 hm2", "population 2005 3000.0 10^4 persons",
                "gdp.primary 2005 400.0 10^8 yuan",
                "area.cropland 2006 101.0 10^4 hm2", "area.forest 2006 201.5 10^4 hm2",
                "area.grassland 2006 4900.0 hm2", "population 2006 3010.5 10^4 persons",
                "gdp.primary 2006 410.25 10^8 yuan",
                "area.forest 2007 202.0 10^4 hm2", "population 2007 3020.0 10^4 persons"), read);

        new CsvWideImporter().apply(preview, study);
        assertEquals(ProvenanceKind.IMPORTED, TestStudies.value(study, "area.cropland", 2006).getProvenance());
        assertEquals(name + ":3", TestStudies.value(study, "area.cropland", 2006).getProvenanceDetail());
    }

    @Test
    void gbkBytesAreNotValidUtf8SoTheFallbackIsReallyExercised() throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(TestStudies.testdata("gbk-chinese-headers.csv"));
        TextDecoding.Decoded d = TextDecoding.decode(bytes);
        assertEquals(TextDecoding.GB18030, d.charset());
        assertTrue(d.text().startsWith("年份,耕地（万公顷）"), d.text());
    }

    @Test
    void valuesOfAnExistingSeriesAreConvertedToItsUnit() throws Exception {
        Study study = TestStudies.seedStudy();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("hm2", ".csv");
        try {
            // 7,907,300 hm2 = 790.73 x 10^4 hm2; the forest series of the study is in 10^4 hm2.
            java.nio.file.Files.writeString(file, "year,林地 [公顷]\n2009,\"7,907,300\"\n");
            ImportPreview preview = new CsvWideImporter().preview(file, study);
            assertFalse(preview.hasErrors(), preview.problems().toString());
            ValueChange c = preview.changes().get(0);
            assertEquals("area.forest", c.seriesId());
            assertEquals("10^4 hm2", c.unit());
            assertEquals(790.73, c.value(), 0.0);
            assertEquals(7907300, c.fileValue(), 0.0);
            assertEquals("公顷", c.fileUnit());
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
