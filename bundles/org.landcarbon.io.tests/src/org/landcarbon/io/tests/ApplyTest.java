package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.io.ImportException;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.ValueChange;
import org.landcarbon.io.internal.CsvLongImporter;
import org.landcarbon.io.internal.CsvWideImporter;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;

/** All-or-nothing application of an import, overwrites, warnings and stale previews. */
class ApplyTest {

    @Test
    void oneBadCellAmongManyGoodOnesImportsNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, "year,area.forest [10^4 hm2],area.cropland [10^4 hm2]\n"
                + "2005,790.73,450\n2006,791,451\n2007,792,4S2\n");
        Study study = TestStudies.seedStudy();
        Study before = EcoreUtil.copy(study);
        ImportPreview preview = new CsvWideImporter().preview(file, study);
        assertEquals(5, preview.changes().size(), "the good cells are read");
        assertEquals(1, preview.errors().size());
        assertEquals("mixed.csv, row 4, column C (area.cropland [10^4 hm2]): not a number: '4S2'",
                preview.errors().get(0).toString());
        assertThrows(ImportException.class, () -> preview.applyTo(study));
        assertTrue(EcoreUtil.equals(before, study));
    }

    @Test
    void overwritesAreShownWithThePreviousValueAndMarkedImported(@TempDir Path dir) throws Exception {
        Study study = TestStudies.seedStudy();
        TestStudies.find(study, "area.forest").getValues()
                .addAll(TestStudies.series("x", SeriesKind.LAND_AREA, "forest", "10^4 hm2", 2009, 700).getValues());
        Path file = dir.resolve("forest.long.csv");
        Files.writeString(file, "year,series,value,unit\n2009,area.forest,790.73,10^4 hm2\n2010,Forest,899.57,10^4 hm2\n");
        ImportPreview preview = new CsvLongImporter().preview(file, study);
        assertFalse(preview.hasErrors(), preview.problems().toString());
        ValueChange first = preview.changes().get(0);
        assertEquals(700.0, first.previous());
        assertNull(preview.changes().get(1).previous());

        preview.applyTo(study);
        assertEquals(790.73, TestStudies.value(study, "area.forest", 2009).getValue(), 0.0);
        assertEquals(ProvenanceKind.IMPORTED, TestStudies.value(study, "area.forest", 2009).getProvenance());
        assertEquals("forest.long.csv:2", TestStudies.value(study, "area.forest", 2009).getProvenanceDetail());
        assertEquals("forest.long.csv:3", TestStudies.value(study, "area.forest", 2010).getProvenanceDetail());
    }

    @Test
    void aYearOutsideTheStudyIsAWarningThatDoesNotBlock(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("late.csv");
        Files.writeString(file, "year,area.forest [10^4 hm2]\n2019,900\n2020,901\n");
        Study study = TestStudies.seedStudy();
        ImportPreview preview = new CsvWideImporter().preview(file, study);
        assertFalse(preview.hasErrors());
        assertEquals(1, preview.warnings().size());
        assertEquals("late.csv, row 3, column B (area.forest [10^4 hm2]): warning: year 2020 is outside the study's years 2005-2019",
                preview.warnings().get(0).toString());
        preview.applyTo(study);
        assertEquals(901, TestStudies.value(study, "area.forest", 2020).getValue(), 0.0);
    }

    @Test
    void aPreviewOfAStudyThatChangedSinceIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "year,area.forest [10^4 hm2]\n2009,790.73\n");
        Study study = TestStudies.seedStudy();
        ImportPreview preview = new CsvWideImporter().preview(file, study);
        TestStudies.find(study, "area.forest").getValues()
                .addAll(TestStudies.series("x", SeriesKind.LAND_AREA, "forest", "10^4 hm2", 2009, 1).getValues());
        Study before = EcoreUtil.copy(study);
        ImportException e = assertThrows(ImportException.class, () -> preview.applyTo(study));
        assertTrue(e.problems().get(0).reason().contains("the study changed since the preview"), e.problems().toString());
        assertTrue(EcoreUtil.equals(before, study));
    }

    @Test
    void aNewSeriesIsCreatedWithKindSubjectAndTheFileUnitInYearOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.csv");
        Files.writeString(file, "年份,单位面积 [万公顷]\n2006,2\n2005,1\n".replace("单位面积", "园地"));
        Study study = TestStudies.seedStudy();
        ImportPreview preview = new CsvWideImporter().preview(file, study);
        assertFalse(preview.hasErrors(), preview.problems().toString());
        preview.applyTo(study);
        var garden = TestStudies.find(study, "area.garden");
        assertEquals(SeriesKind.LAND_AREA, garden.getKind());
        assertEquals("garden", garden.getSubject());
        assertEquals("10^4 hm2", garden.getUnit());
        assertEquals(2005, garden.getValues().get(0).getYear());
        assertEquals(2006, garden.getValues().get(1).getYear());
    }
}
