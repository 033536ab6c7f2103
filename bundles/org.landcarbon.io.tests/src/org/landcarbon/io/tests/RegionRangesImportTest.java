package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.io.AreaAccuracy;
import org.landcarbon.io.ImportException;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.RegionArea;
import org.landcarbon.io.RegionImportPreview;
import org.landcarbon.io.RegionImports;
import org.landcarbon.io.RegionRangeChange;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.study.Regions;

/** Series ranges into a study's regions: the region long layout's range columns and a land-cover product's accuracy. */
class RegionRangesImportTest {

    private static final String HEAD = "region code,year,series,value,unit,distribution,sd,min,max,percent,percent_upper,uncertainty_source\n";

    private static Uncertainty range(Study s, String code, String id) {
        Region r = Regions.find(s, code).orElseThrow();
        Series x = Regions.ownSeries(s, r).stream().filter(v -> v.getId().equals(id)).findFirst().orElseThrow();
        return x.getUncertainty();
    }

    private static List<String> errors(RegionImportPreview p) {
        return p.errors().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void rangesOfTheTopRegionAndASubregionAreSetWithTheirValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, HEAD
                + "520000,2005,forest,790.73,10^4 hm2,interval95pct,,,,5,,CLCD accuracy (Yang & Huang 2021)\n"
                + "520100,2005,forest,40.5,10^4 hm2,uniform,,-3,3,,,county survey\n"
                + "520100,2006,forest,41,10^4 hm2,uniform,,-3,3,,,county survey\n"
                + "520100,2006,grassland,7,10^4 hm2,,,,,,,\n");
        Study s = RegionImportTest.province();
        RegionImportPreview p = RegionImports.previewLong(file, s);
        assertEquals(List.of(), errors(p));
        assertEquals(List.of("520000 area.forest +-5 % (95 %) (CLCD accuracy (Yang & Huang 2021))",
                "520100 area.forest uniform -3 .. 3 % (county survey)"),
                p.ranges().stream().map(r -> r.regionCode() + " " + r.range().seriesId() + " " + r.range().describe()).toList());
        assertEquals("r.csv:3", p.ranges().get(1).range().provenance(), "the first row giving it");
        assertNull(TestStudies.find(s, "area.forest").getUncertainty(), "a preview changes nothing");
        p.applyTo(s);
        assertEquals(5, range(s, "520000", "area.forest").getPercent(), 0, "the top region's range is the study's series'");
        assertEquals(-3, range(s, "520100", "area.forest").getMin(), 0);
        assertNull(range(s, "520100", "area.grassland"), "a series given no range gets none");
    }

    @Test
    void rangeRefusalsNameFileRowAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, HEAD
                + "520100,2005,forest,40.5,10^4 hm2,normal,-1,,,,,survey\n"
                + "520100,2005,grassland,7,10^4 hm2,uniform,,-3,3,,,\n"
                + "520200,2005,forest,9,10^4 hm2,uniform,,-3,3,,,survey\n"
                + "520200,2006,forest,9,10^4 hm2,uniform,,-4,4,,,survey\n"
                + "520300,,water,,,interval95pct,,,,5,,survey\n");
        Study s = RegionImportTest.province();
        RegionImportPreview p = RegionImports.previewLong(file, s);
        List<String> errors = errors(p);
        assertEquals(5, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith("bad.csv, row 2, column G (sd): "), errors.get(0));
        assertEquals("bad.csv, row 3, column L (uncertainty_source): the range of area.grassland must cite its source", errors.get(1));
        assertTrue(errors.get(2).startsWith("bad.csv, row 5, column F (distribution): the range of area.forest of region 520200 "
                + "(uniform -4 .. 4 % (survey)) differs from the one of row 4"), errors.get(2));
        assertTrue(errors.get(3).startsWith("bad.csv, row 6, column B (year): "), errors.get(3));
        assertEquals("bad.csv, row 6, column F (distribution): a range for area.water of region 520300, which neither the study "
                + "nor the file has values for", errors.get(4));
        assertTrue(p.ranges().isEmpty() && p.changes().isEmpty());
        assertThrows(ImportException.class, () -> p.applyTo(s));
    }

    @Test
    void aRangeChangedSinceThePreviewRefusesTheImport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, HEAD + "520000,2005,forest,790.73,10^4 hm2,interval95pct,,,,5,,survey\n");
        Study s = RegionImportTest.province();
        RegionImportPreview p = RegionImports.previewLong(file, s);
        TestStudies.find(s, "area.forest").setUncertainty(p.ranges().get(0).range().range());
        ImportException e = assertThrows(ImportException.class, () -> p.applyTo(s));
        assertTrue(e.problems().get(0).toString().contains("range of area.forest of region 520000"), e.problems().toString());
    }

    private static List<RegionArea> areas() {
        return List.of(new RegionArea("520100", "Guiyang", "forest", 2020, 4.0e8, "clcd_2020.tif", "clcd_2020.tif: 4000 px"),
                new RegionArea("520100", "Guiyang", "grassland", 2020, 1.0e8, "clcd_2020.tif", "clcd_2020.tif: 1000 px"),
                new RegionArea("520200", "Liupanshui", "forest", 2020, 2.0e8, "clcd_2020.tif", "clcd_2020.tif: 2000 px"));
    }

    @Test
    void anOverallAccuracyGivesEveryAreaSeriesWrittenASymmetricInterval() throws Exception {
        Study s = RegionImportTest.province();
        String source = "CLCD overall accuracy 79.31 %, Yang & Huang 2021";
        RegionImportPreview p = RegionImports.previewAreas(Path.of("clcd_2020.tif"), "zonal", s, areas(),
                List.of(AreaAccuracy.overall(79.31, source)));
        assertEquals(List.of(), errors(p));
        assertEquals(3, p.ranges().size(), "one per region and series");
        for (RegionRangeChange r : p.ranges()) {
            assertEquals("+-20.69 % (95 %) (" + source + ")", r.range().describe(), "+-(100 - 79.31) %, the user's digits");
        }
        p.applyTo(s);
        assertEquals(20.69, range(s, "520200", "area.forest").getPercent(), 0);
        assertEquals(source, range(s, "520100", "area.grassland").getSource());
    }

    @Test
    void aPerClassAccuracyTableIsReadAndEveryClassWrittenNeedsARow(@TempDir Path dir) throws Exception {
        Study s = RegionImportTest.province();
        Path table = dir.resolve("accuracy.csv");
        Files.writeString(table, "# CLCD 2020 accuracy assessment\nclass,user_accuracy_pct,source\nforest,86.5,Yang & Huang 2021 Table 4\n"
                + "grassland,72,Yang & Huang 2021 Table 4\n");
        List<ImportProblem> problems = new ArrayList<>();
        List<AreaAccuracy> acc = RegionImports.readAccuracy(table, s, problems);
        assertEquals(List.of(), problems);
        RegionImportPreview p = RegionImports.previewAreas(Path.of("clcd_2020.tif"), "zonal", s, areas(), acc);
        assertEquals(List.of(), errors(p));
        assertEquals(List.of("520100 area.forest +-13.5 % (95 %) (Yang & Huang 2021 Table 4)",
                "520100 area.grassland +-28 % (95 %) (Yang & Huang 2021 Table 4)",
                "520200 area.forest +-13.5 % (95 %) (Yang & Huang 2021 Table 4)"),
                p.ranges().stream().map(r -> r.regionCode() + " " + r.range().seriesId() + " " + r.range().describe()).toList());

        RegionImportPreview missing = RegionImports.previewAreas(Path.of("clcd_2020.tif"), "zonal", s, areas(), acc.subList(0, 1));
        assertEquals(List.of("clcd_2020.tif: no accuracy for area.grassland (class 'grassland'): give a row for every class the "
                + "raster writes, as the accuracy assessment reports them"), errors(missing));
        assertTrue(missing.changes().isEmpty() && missing.ranges().isEmpty(), "nothing is written without it");
    }

    @Test
    void accuracyTableRefusalsNameFileRowAndColumn(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("acc.csv");
        Files.writeString(table, "class,user_accuracy_pct,source\nforest,100,survey\nglacier,80,survey\ngrassland,72,\n"
                + "forest,90,survey\nwater,abc,survey\n");
        List<ImportProblem> problems = new ArrayList<>();
        assertEquals(List.of(), RegionImports.readAccuracy(table, RegionImportTest.province(), problems), "all or nothing");
        List<String> lines = problems.stream().map(ImportProblem::toString).toList();
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertEquals("acc.csv, row 2, column B (user_accuracy_pct): an accuracy is a percentage above 0 and below 100, got 100.0",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("acc.csv, row 3, column A (class): 'glacier' is not a land class of the study: "), lines.get(1));
        assertEquals("acc.csv, row 4, column C (source): an accuracy must cite its source (the product's accuracy assessment)",
                lines.get(2));
        assertEquals("acc.csv, row 5, column A (class): a second accuracy for area.forest (also row 2)", lines.get(3));
        assertEquals("acc.csv, row 6, column B (user_accuracy_pct): not a number: 'abc'", lines.get(4));
    }
}
