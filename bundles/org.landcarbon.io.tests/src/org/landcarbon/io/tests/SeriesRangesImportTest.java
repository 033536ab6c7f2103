package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landcarbon.io.ImportException;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.RangeChange;
import org.landcarbon.io.StudyTemplates;
import org.landcarbon.io.internal.CsvLongImporter;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;

/** The long layout's optional range columns: read per series, refused at the cell, written back by the long exporters. */
class SeriesRangesImportTest {

    private static final String HEAD = "year,series,value,unit,distribution,sd,min,max,percent,percent_upper,uncertainty_source\n";

    @Test
    void aFivePercentRangeOnForestIsPreviewedAndApplied(@TempDir Path dir) throws Exception {
        Path file = write(dir, "areas.csv", HEAD
                + "2005,area.forest,790.73,10^4 hm2,interval95pct,,,,5,,Landsat accuracy report\n"
                + "2006,area.forest,899.57,10^4 hm2,,,,,,,\n"
                + "2005,area.grassland,160.64,10^4 hm2,,,,,,,\n");
        Study study = TestStudies.seedStudy();
        ImportPreview preview = new CsvLongImporter().preview(file, study);
        assertEquals(List.of(), preview.problems());
        assertEquals(3, preview.changes().size());
        assertEquals(1, preview.ranges().size(), "grassland gives no range, so it gets none");
        RangeChange r = preview.ranges().get(0);
        assertEquals("area.forest", r.seriesId());
        assertNull(r.previous());
        assertEquals("+-5 % (95 %) (Landsat accuracy report)", r.describe());
        assertEquals("areas.csv:2", r.provenance());
        assertNull(TestStudies.find(study, "area.forest").getUncertainty(), "a preview changes nothing");

        preview.applyTo(study);
        Uncertainty u = TestStudies.find(study, "area.forest").getUncertainty();
        assertNotNull(u);
        assertEquals("interval95pct", u.getDistribution());
        assertEquals(5, u.getPercent());
        assertEquals("Landsat accuracy report", u.getSource());
        assertNull(TestStudies.find(study, "area.grassland").getUncertainty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "negative sd|2005,area.forest,790,10^4 hm2,normal,-2,,,,,survey"
            + "|bad.csv, row 2, column F (sd): the normal distribution needs a positive sd, not -2.0 % (of each value)",
        "range excluding the value|2005,area.forest,790,10^4 hm2,uniform,,2,5,,,survey"
            + "|bad.csv, row 2, column G (min): the range 2.0 % to 5.0 % excludes the point value 0.0 % (of each value)",
        "min above max|2005,area.forest,790,10^4 hm2,triangular,,5,-5,,,survey"
            + "|bad.csv, row 2, column G (min): the triangular distribution needs min < max, not min 5.0 % and max -5.0 % (of each value)",
        "unknown distribution|2005,area.forest,790,10^4 hm2,gauss,1,,,,,survey"
            + "|bad.csv, row 2, column E (distribution): unknown distribution 'gauss' (use one of normal, lognormal, triangular, uniform, interval95pct) (of each value)",
        "reaching -100 %|2005,area.forest,790,10^4 hm2,uniform,,-100,5,,,survey"
            + "|bad.csv, row 2, column G (min): a relative range cannot reach -100 % or below (min -100.0 %) (of each value)",
        "no source|2005,area.forest,790,10^4 hm2,interval95pct,,,,5,,"
            + "|bad.csv, row 2, column K (uncertainty_source): the range of area.forest must cite its source",
        "a parameter without a distribution|2005,area.forest,790,10^4 hm2,,,,,5,,"
            + "|bad.csv, row 2, column I (percent): '5' given without a distribution",
        "not a number|2005,area.forest,790,10^4 hm2,interval95pct,,,,five,,survey"
            + "|bad.csv, row 2, column I (percent): 'five' is not a number" })
    void aBadRangeIsRefusedAtItsCellAndNothingIsImported(String what, String row, String message, @TempDir Path dir)
            throws Exception {
        Path file = write(dir, "bad.csv", HEAD + row + "\n2006,area.forest,800,10^4 hm2,,,,,,,\n");
        Study study = TestStudies.seedStudy();
        ImportPreview preview = new CsvLongImporter().preview(file, study);
        assertEquals(List.of(message), preview.errors().stream().map(Object::toString).toList(), what);
        assertThrows(ImportException.class, () -> preview.applyTo(study));
        Series forest = TestStudies.find(study, "area.forest");
        assertEquals(0, forest.getValues().size(), "all or nothing: no value either");
        assertNull(forest.getUncertainty());
    }

    @Test
    void twoRowsOfASeriesGivingDifferentRangesAreRefused(@TempDir Path dir) throws Exception {
        Path file = write(dir, "conflict.csv", HEAD
                + "2005,area.forest,790,10^4 hm2,interval95pct,,,,5,,survey A\n"
                + "2006,area.forest,800,10^4 hm2,interval95pct,,,,5,,survey A\n"
                + "2007,area.forest,810,10^4 hm2,uniform,,-8,8,,,survey B\n");
        ImportPreview preview = new CsvLongImporter().preview(file, TestStudies.seedStudy());
        assertEquals(List.of("conflict.csv, row 4, column E (distribution): the range of area.forest (uniform -8 .. 8 % (survey B))"
                + " differs from the one of row 2 (+-5 % (95 %) (survey A)): a series has one range for all its values"),
                preview.errors().stream().map(Object::toString).toList());
    }

    @Test
    void aRangeOnlyFileSetsTheRangeOfASeriesTheStudyHas(@TempDir Path dir) throws Exception {
        // the way to give ranges for data imported in the wide layout: a long file with blank values
        Path file = write(dir, "ranges.csv", HEAD + "2005,area.forest,,10^4 hm2,uniform,,-5,5,,,CLCD accuracy\n");
        Study study = RoundTripTest.source();
        ImportPreview preview = new CsvLongImporter().preview(file, study);
        assertEquals(List.of(), preview.problems());
        assertEquals(0, preview.changes().size());
        preview.applyTo(study);
        assertEquals("uniform", TestStudies.find(study, "area.forest").getUncertainty().getDistribution());
        assertEquals(790.73, TestStudies.value(study, "area.forest", 2005).getValue(), 0.0, "values untouched");

        Path unknown = write(dir, "unknown.csv", HEAD + "2005,area.cropland,,10^4 hm2,uniform,,-5,5,,,CLCD accuracy\n");
        assertEquals(List.of("unknown.csv, row 2, column E (distribution): a range for area.cropland, which neither the study"
                + " nor the file has values for"), new CsvLongImporter().preview(unknown, study).errors().stream()
                        .map(Object::toString).toList());
    }

    @Test
    void aRangeChangedSinceThePreviewRefusesTheApply(@TempDir Path dir) throws Exception {
        Path file = write(dir, "areas.csv", HEAD + "2005,area.forest,790,10^4 hm2,interval95pct,,,,5,,survey\n");
        Study study = TestStudies.seedStudy();
        ImportPreview preview = new CsvLongImporter().preview(file, study);
        TestStudies.find(study, "area.forest").setUncertainty(range("uniform", -3, 3, "edited"));
        ImportException e = assertThrows(ImportException.class, () -> preview.applyTo(study));
        assertTrue(e.getMessage().contains("changed since the preview"), e.getMessage());
        assertEquals("edited", TestStudies.find(study, "area.forest").getUncertainty().getSource());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "csv-long, ranges-long.csv", "xlsx-long, ranges-long.xlsx" })
    void theLongExportersWriteRangesBackAndTheyReadBackEqual(String format, String fileName, @TempDir Path dir)
            throws Exception {
        Study original = RoundTripTest.source();
        TestStudies.find(original, "area.forest").setUncertainty(range("uniform", -5, 5, "CLCD accuracy, 2021"));
        Uncertainty asymmetric = LandCarbonFactory.eINSTANCE.createUncertainty();
        asymmetric.setDistribution("interval95pct");
        asymmetric.setPercent(10);
        asymmetric.setPercentUpper(25.5);
        asymmetric.setSource("yearbook, \"Table 3\"");
        TestStudies.find(original, "activity.fertilizer").setUncertainty(asymmetric);
        Path file = dir.resolve(fileName);
        RoundTripTest.exporter(format).export(original, file);

        Study target = LandCarbonFactory.eINSTANCE.createStudy();
        target.setStartYear(2005);
        target.setEndYear(2008);
        target.setLandClassSystem(StudyTemplates.classSystem("seed").orElseThrow());
        ImportPreview preview = RoundTripTest.importer(format).preview(file, target);
        assertEquals(List.of(), preview.problems());
        assertEquals(2, preview.ranges().size());
        preview.applyTo(target);
        for (Series s : original.getSeries()) {
            Uncertainty back = TestStudies.find(target, s.getId()).getUncertainty();
            assertTrue(s.getUncertainty() == null ? back == null : EcoreUtil.equals(s.getUncertainty(), back), s.getId());
        }
        ImportPreview again = RoundTripTest.importer(format).preview(file, target);
        assertTrue(again.ranges().stream().allMatch(RangeChange::unchanged), "importing the export again changes no range");
    }

    private static Uncertainty range(String kind, double min, double max, String source) {
        Uncertainty u = LandCarbonFactory.eINSTANCE.createUncertainty();
        u.setDistribution(kind);
        u.setMin(min);
        u.setMax(max);
        u.setSource(source);
        return u;
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
