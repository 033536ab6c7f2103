package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.ReportedChange;
import org.landcarbon.io.ReportedImports;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;

/** Reported values: a publication's table read into the study's reported values, apart from its inputs. */
class ReportedImportTest {

    private static final Path TABLE5 = Path.of("testdata", "reported", "table5-emissions-by-land-type.csv");
    private static final Path GUIZHOU = Path.of("..", "org.landcarbon.model", "samples", "guizhou-2005-2019.landcarbon");

    /** year|component|value|unit|source, for comparing reported values as sets. */
    private static Set<String> keys(List<ReportedValue> values) {
        return values.stream().map(v -> v.getYear() + "|" + v.getComponent() + "|" + v.getValue() + "|" + v.getUnit()
                + "|" + v.getSource()).collect(Collectors.toSet());
    }

    @Test
    void table5IntoAFreshStudyGivesExactlyTheReportedValuesOfTheGuizhouSample() throws Exception {
        Study sample = StudyFiles.load(GUIZHOU);
        Set<String> sources = sample.getReportedValues().stream().map(ReportedValue::getSource).collect(Collectors.toSet());
        assertEquals(1, sources.size(), "the sample cites one table");
        Study fresh = TestStudies.seedStudy();
        StudyImporter importer = ReportedImports.csv(sources.iterator().next(), "10^4 t C");

        ImportPreview preview = importer.preview(TABLE5, fresh);

        assertEquals(List.of(), preview.problems());
        assertEquals(List.of(), preview.changes(), "reported values never become inputs");
        assertEquals(165, preview.reported().size(), "15 years x 11 components");
        importer.apply(preview, fresh);
        assertEquals(165, fresh.getReportedValues().size());
        assertEquals(keys(sample.getReportedValues()), keys(fresh.getReportedValues()));
        // agricultural_land_source in the file is the component agricultural_land (docs/study-conventions.md).
        assertTrue(fresh.getReportedValues().stream().anyMatch(v -> v.getYear() == 2005
                && v.getComponent().equals("agricultural_land") && v.getValue() == 111.57));
        assertEquals(0, fresh.getSeries().get(0).getValues().size(), "the inputs are untouched");
    }

    @Test
    void importingTheSameTableAgainChangesNothingAndAnotherSourceIsKeptBeside() throws Exception {
        Study study = TestStudies.seedStudy();
        StudyImporter first = ReportedImports.csv("Paper A, Table 5", "10^4 t C");
        first.apply(first.preview(TABLE5, study), study);

        ImportPreview again = first.preview(TABLE5, study);
        assertTrue(again.reported().stream().allMatch(ReportedChange::unchanged));
        first.apply(again, study);
        assertEquals(165, study.getReportedValues().size());

        StudyImporter other = ReportedImports.csv("Paper B, Table 2", "10^4 t C");
        ImportPreview beside = other.preview(TABLE5, study);
        assertEquals(165, beside.warnings().size(), "each value already reported by Paper A is pointed out");
        assertEquals("table5-emissions-by-land-type.csv, row 6, column B (garden): warning: the study also has a"
                + " reported garden for 2005 from another source: Paper A, Table 5", beside.warnings().get(0).toString());
        other.apply(beside, study);
        assertEquals(330, study.getReportedValues().size());
    }

    @Test
    void unitsInTheHeaderOrUnitRowNeedNoUnitForAllAndTheirSymbolIsKept(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "# notes, with \"quotes\"\n年份,林地 [10^4 t C],net\n单位,,10^4 t CO2\n2005,510.11,-3.5\n",
                StandardCharsets.UTF_8);
        Study study = TestStudies.seedStudy();
        ImportPreview p = ReportedImports.csv("Somewhere", null).preview(csv, study);
        assertEquals(List.of(), p.problems());
        assertEquals(List.of(new ReportedChange(2005, "forest", 510.11, "10^4 t C", "Somewhere", null),
                new ReportedChange(2005, "net", -3.5, "10^4 t CO2", "Somewhere", null)), p.reported());
    }

    @Test
    void aHeaderUnitThatDisagreesWithTheUnitForAllIsAnError(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "year,forest [t C],net\n2005,1,2\n", StandardCharsets.UTF_8);
        ImportPreview p = ReportedImports.csv("S", "10^4 t C").preview(csv, TestStudies.seedStudy());
        assertEquals(List.of("t.csv, row 1, column B (forest [t C]): unit 't C' here but '10^4 t C' given for all columns"),
                p.problems().stream().map(ImportProblem::toString).toList());
    }

    @Test
    void aSourceIsRequiredAndTheUnitForAllMustBeCarbonOrCo2() {
        assertEquals("reported values need their source (the publication and table)",
                assertThrows(IllegalArgumentException.class, () -> ReportedImports.csv("  ", "10^4 t C")).getMessage());
        assertEquals("unit '10^4 hm2' is not a mass of carbon or CO2, e.g. '10^4 t C'",
                assertThrows(IllegalArgumentException.class, () -> ReportedImports.csv("S", "10^4 hm2")).getMessage());
    }
}
