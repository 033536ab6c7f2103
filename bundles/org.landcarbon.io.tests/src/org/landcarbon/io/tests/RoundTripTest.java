package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.StudyExporter;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.io.StudyTemplates;
import org.landcarbon.io.ValueChange;
import org.landcarbon.io.internal.CsvLongExporter;
import org.landcarbon.io.internal.CsvLongImporter;
import org.landcarbon.io.internal.CsvWideExporter;
import org.landcarbon.io.internal.CsvWideImporter;
import org.landcarbon.io.internal.XlsxImporter;
import org.landcarbon.io.internal.XlsxLongExporter;
import org.landcarbon.io.internal.XlsxWideExporter;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;

/** study -> file -> empty study gives back every value, unit and year, for each layout. */
class RoundTripTest {

    /** Values chosen to stress the number format: decimals, a large total, a tiny one, a gap in 2007. */
    static Study source() {
        Study s = LandCarbonFactory.eINSTANCE.createStudy();
        s.setName("Round trip");
        s.setStartYear(2005);
        s.setEndYear(2008);
        s.setLandClassSystem(StudyTemplates.classSystem("seed").orElseThrow());
        s.getSeries().add(TestStudies.series("area.forest", SeriesKind.LAND_AREA, "forest", "10^4 hm2",
                2005, 790.73, 2006, 899.57, 2008, 0.1 + 0.2));
        s.getSeries().add(TestStudies.series("area.grassland", SeriesKind.LAND_AREA, "grassland", "hm2",
                2005, 1606400, 2006, 1597500.5));
        s.getSeries().add(TestStudies.series("activity.fertilizer", SeriesKind.AGRICULTURAL_ACTIVITY, "fertilizer", "t",
                2005, 781234.5, 2006, 1.0e-7, 2007, 0));
        s.getSeries().add(TestStudies.series("energy_intensity", SeriesKind.ENERGY_INTENSITY, null,
                "t standard coal / 10^4 yuan", 2005, 3.25, 2008, 1.713));
        s.getSeries().add(TestStudies.series("gdp.primary", SeriesKind.GDP, "primary", "10^8 yuan", 2005, 368.94));
        s.getSeries().add(TestStudies.series("population", SeriesKind.POPULATION, null, "10^4 persons",
                2005, 3730, 2006, 3690.123456789012));
        s.getSeries().add(TestStudies.series("energy.natural_gas", SeriesKind.ENERGY_USE, "natural_gas", "10^8 m3",
                2006, 12.5));
        return s;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "csv, roundtrip.csv", "csv-long, roundtrip-long.csv", "xlsx, roundtrip.xlsx",
            "xlsx-long, roundtrip-long.xlsx" })
    void exportThenImportIntoAnEmptyStudyGivesTheSameValuesUnitsAndYears(String format, String fileName,
            @TempDir Path dir) throws Exception {
        Study original = source();
        Path file = dir.resolve(fileName);
        exporter(format).export(original, file);

        Study target = LandCarbonFactory.eINSTANCE.createStudy();
        target.setStartYear(2005);
        target.setEndYear(2008);
        target.setLandClassSystem(StudyTemplates.classSystem("seed").orElseThrow());
        StudyImporter importer = importer(format);
        ImportPreview preview = importer.preview(file, target);
        assertEquals(List.of(), preview.problems(), "no problems reading back " + fileName);
        importer.apply(preview, target);

        assertEquals(original.getSeries().size(), target.getSeries().size());
        for (Series s : original.getSeries()) {
            Series back = TestStudies.find(target, s.getId());
            assertNotNull(back, s.getId());
            assertEquals(s.getUnit(), back.getUnit(), "unit of " + s.getId());
            assertEquals(s.getKind(), back.getKind(), "kind of " + s.getId());
            assertEquals(s.getSubject(), back.getSubject(), "subject of " + s.getId());
            assertEquals(s.getValues().size(), back.getValues().size(), "values of " + s.getId());
            for (YearValue v : s.getValues()) {
                YearValue b = TestStudies.value(target, s.getId(), v.getYear());
                assertNotNull(b, s.getId() + " " + v.getYear());
                // Exact: the exporters write the shortest text that reads back as the same double.
                assertEquals(v.getValue(), b.getValue(), 0.0, s.getId() + " " + v.getYear());
                assertEquals(ProvenanceKind.IMPORTED, b.getProvenance());
                assertTrue(b.getProvenanceDetail().matches(java.util.regex.Pattern.quote(fileName) + "(\\[\\w+\\])?:\\d+"),
                        b.getProvenanceDetail());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "csv, again.csv", "csv-long, again-long.csv", "xlsx, again.xlsx", "xlsx-long, again-long.xlsx" })
    void importingAnExportIntoItsOwnStudyChangesNoValue(String format, String fileName, @TempDir Path dir)
            throws Exception {
        Study study = source();
        Path file = dir.resolve(fileName);
        exporter(format).export(study, file);
        ImportPreview preview = importer(format).preview(file, study);
        assertFalse(preview.hasErrors(), preview.problems().toString());
        assertEquals(14, preview.changes().size(), "3 + 2 + 3 + 2 + 1 + 2 + 1 values");
        for (ValueChange c : preview.changes()) {
            assertTrue(c.unchanged(), c.toString());
            assertFalse(c.newSeries());
        }
    }

    static StudyExporter exporter(String format) {
        return switch (format) {
            case "csv" -> new CsvWideExporter();
            case "csv-long" -> new CsvLongExporter();
            case "xlsx" -> new XlsxWideExporter();
            default -> new XlsxLongExporter();
        };
    }

    static StudyImporter importer(String format) {
        return switch (format) {
            case "csv" -> new CsvWideImporter();
            case "csv-long" -> new CsvLongImporter();
            default -> new XlsxImporter();
        };
    }
}
