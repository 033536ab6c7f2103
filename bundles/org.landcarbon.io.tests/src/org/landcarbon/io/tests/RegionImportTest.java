package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.io.ClassMapping;
import org.landcarbon.io.GeeOptions;
import org.landcarbon.io.ImportException;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.RegionImportPreview;
import org.landcarbon.io.RegionImports;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.study.LandClassSystems;
import org.landcarbon.model.study.Regions;

class RegionImportTest {

    /** Seed classes, top region Guizhou (520000), area.forest in 10^4 hm2 (TestStudies.seedStudy). */
    static Study province() {
        Study s = TestStudies.seedStudy();
        Region top = LandCarbonFactory.eINSTANCE.createRegion();
        top.setCode("520000");
        top.setName("Guizhou");
        s.setRegion(top);
        return s;
    }

    static double value(Study s, String code, String series, int year) {
        Region r = Regions.find(s, code).orElseThrow(() -> new AssertionError("no region " + code));
        Series x = Regions.ownSeries(s, r).stream().filter(v -> v.getId().equals(series)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " has no " + series));
        return x.getValues().stream().filter(v -> v.getYear() == year).mapToDouble(YearValue::getValue).findFirst()
                .orElseThrow(() -> new AssertionError(code + " " + series + " has no " + year));
    }

    static String errors(RegionImportPreview p) {
        return String.join("\n", p.problems().stream().map(ImportProblem::toString).toList());
    }

    @Test
    void longLayoutCreatesSubregionsParentsFirstAndConvertsUnits() throws Exception {
        Path file = TestStudies.testdata("regions/regions-long.csv");
        assertTrue(RegionImports.looksRegional(file));
        Study s = province();
        RegionImportPreview p = RegionImports.previewLong(file, s);
        assertFalse(p.hasErrors(), errors(p));
        assertEquals(List.of("520100", "520200", "520102"), p.newRegions().stream().map(r -> r.code()).toList(),
                "520102 (row 3) goes under 520100, which the file creates later");
        assertEquals(5, p.changes().size());
        assertTrue(Regions.walk(s).size() == 1, "a preview changes nothing");
        p.applyTo(s);
        assertEquals(790.73, value(s, "520000", "area.forest", 2005));
        assertEquals("贵阳市", Regions.find(s, "520100").orElseThrow().getNameZh());
        assertEquals(40.5, value(s, "520100", "area.forest", 2005));
        assertEquals(41, value(s, "520100", "area.forest", 2006));
        // 12000 hm2 in the unit of the study's area.forest: 1.2 x 10^4 hm2
        assertEquals(1.2, value(s, "520102", "area.forest", 2005), 1e-12);
        assertEquals("520100", Regions.parent(Regions.find(s, "520102").orElseThrow()).orElseThrow().getCode());
        assertEquals(30, value(s, "520200", "area.grassland", 2005));
        YearValue v = Regions.find(s, "520102").orElseThrow().getSeries().get(0).getValues().get(0);
        assertEquals(ProvenanceKind.IMPORTED, v.getProvenance());
        assertEquals("regions-long.csv:3", v.getProvenanceDetail());
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingRowAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "地区代码,地区,年份,地类,面积,单位\n520100,Guiyang,2005,forest,12.5,10^4 hm2\n520200,Liupanshui,2005,forest,abc,10^4 hm2\n");
        Study s = province();
        RegionImportPreview p = RegionImports.previewLong(file, s);
        assertEquals(List.of("bad.csv, row 3, column E (面积): not a number: 'abc'"), p.errors().stream().map(Object::toString).toList());
        assertTrue(p.changes().isEmpty());
        assertThrows(ImportException.class, () -> p.applyTo(s));
        assertEquals(1, Regions.walk(s).size(), "nothing was created");
    }

    @Test
    void duplicateRegionYearAndUnknownClassAreErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dup.csv");
        Files.writeString(file, "code,name,year,class,value [10^4 hm2]\n520100,A,2005,forest,1\n520100,A,2005,Forest land,2\n"
                + "520100,A,2005,glacier-ice,3\n");
        RegionImportPreview p = RegionImports.previewLong(file, province());
        List<String> errors = p.errors().stream().map(Object::toString).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("dup.csv, row 4, column D (class): unknown series or land class 'glacier-ice'"), errors.get(0));
        assertEquals("dup.csv, row 3, column E (value [10^4 hm2]): duplicate value for region 520100, area.forest in 2005 (also row 2)",
                errors.get(1));
    }

    @Test
    void withoutAUnitColumnTheStudysUnitIsUsedOrTheRowIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nounit.csv");
        Files.writeString(file, "region code,year,series,value\n520100,2005,forest,3\n520100,2005,grassland,4\n");
        RegionImportPreview p = RegionImports.previewLong(file, province());
        assertEquals(1, p.errors().size(), errors(p));
        assertTrue(p.errors().get(0).toString().contains("row 3") && p.errors().get(0).toString().contains("no unit for area.grassland"),
                errors(p));
    }

    @Test
    void aParentThatIsNowhereIsAnError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("orphan.csv");
        Files.writeString(file, "region code,year,series,value,unit,parent\n520102,2005,forest,3,hm2,529999\n");
        RegionImportPreview p = RegionImports.previewLong(file, province());
        assertTrue(errors(p).contains("region 520102 (first in orphan.csv:2): its parent '529999' is neither a region of the study "
                + "nor one in the file"), errors(p));
    }

    @Test
    void geeHistogramAreasAreCountTimesScaleSquared() throws Exception {
        Study s = province();
        s.getSeries().clear(); // no series: new ones get the conventional 10^4 hm2
        List<ImportProblem> problems = new ArrayList<>();
        ClassMapping clcd = ClassMapping.of("clcd", s, problems).orElseThrow();
        GeeOptions o = new GeeOptions("adcode", "name", null, 30, clcd, 2020, false);
        RegionImportPreview p = RegionImports.previewGee(TestStudies.testdata("regions/gee-clcd-2020.csv"), s, o);
        assertFalse(p.hasErrors(), errors(p));
        p.applyTo(s);
        // 520100: cropland 1000 px x 900 m2 = 900000 m2 = 90 hm2 = 0.009 x 10^4 hm2;
        // forest (codes 2+3) 2500.5 px = 2250450 m2 = 0.0225045; construction 250 px = 225000 m2 = 0.00225
        assertEquals(0.009, value(s, "520100", "area.cropland", 2020), 1e-15);
        assertEquals(0.0225045, value(s, "520100", "area.forest", 2020), 1e-15);
        assertEquals(0.00225, value(s, "520100", "area.construction", 2020), 1e-15);
        assertEquals(0, value(s, "520100", "area.water", 2020), "no pixel of a mapped class is a real zero");
        // 520200: forest 4000 px = 3.6e6 m2 = 0.036; grassland 1200 px = 0.0108; water 10.25 px (weighted edge pixels)
        // = 9225 m2 = 0.00009225 x 10^4 hm2
        assertEquals(0.036, value(s, "520200", "area.forest", 2020), 1e-15);
        assertEquals(0.0108, value(s, "520200", "area.grassland", 2020), 1e-15);
        assertEquals(0.00009225, value(s, "520200", "area.water", 2020), 1e-17);
        assertEquals("Guiyang", Regions.find(s, "520100").orElseThrow().getName());
        Series forest = Regions.find(s, "520100").orElseThrow().getSeries().stream().filter(x -> x.getId().equals("area.forest"))
                .findFirst().orElseThrow();
        assertEquals("10^4 hm2", forest.getUnit());
        assertEquals("gee-clcd-2020.csv:2 (codes 2+3: 2500.5 pixels x 30 m x 30 m, mapping clcd)",
                forest.getValues().get(0).getProvenanceDetail());
    }

    @Test
    void geeWeightedAreasAreTakenAsSquareMetresIntoTheStudysUnit() throws Exception {
        Study s = province(); // area.forest in hm2 at the top: the subregions' forest goes into the same unit
        s.getSeries().get(0).setUnit("hm2");
        ClassMapping m = ClassMapping.of(TestStudies.testdata("regions/mapping.csv").toString(), s, new ArrayList<>()).orElseThrow();
        GeeOptions o = new GeeOptions("adcode", null, "histogram", 30, m, 2020, true);
        RegionImportPreview p = RegionImports.previewGee(TestStudies.testdata("regions/gee-clcd-2020.csv"), s, o);
        assertFalse(p.hasErrors(), errors(p));
        p.applyTo(s);
        // forest = code 2 only in this mapping: 2000.5 m2 = 0.20005 hm2; grassland = codes 3+4: 500 m2, and as the
        // study has no grassland series, in the conventional 10^4 hm2: 0.000005
        assertEquals(0.20005, value(s, "520100", "area.forest", 2020), 1e-12);
        assertEquals(0.000005, value(s, "520100", "area.grassland", 2020), 1e-15);
    }

    @Test
    void unmappedCodesAreOneErrorEachWithTheirCounts() throws Exception {
        Study s = province();
        ClassMapping clcd = ClassMapping.of("clcd", s, new ArrayList<>()).orElseThrow();
        RegionImportPreview p = RegionImports.previewGee(TestStudies.testdata("regions/gee-unmapped.csv"), s,
                new GeeOptions("adcode", null, null, 30, clcd, 2020, false));
        assertEquals(List.of("gee-unmapped.csv, column C (histogram): land-cover code 10 is not in the mapping clcd: 7.5 pixels in 2 "
                + "features (rows 2, 3); map it in a MAPPING.csv (code,class)"), p.errors().stream().map(Object::toString).toList());
        assertTrue(p.changes().isEmpty());
    }

    @Test
    void geeInputErrorsAreNamed(@TempDir Path dir) throws Exception {
        Study s = province();
        ClassMapping clcd = ClassMapping.of("clcd", s, new ArrayList<>()).orElseThrow();
        RegionImportPreview noField = RegionImports.previewGee(TestStudies.testdata("regions/gee-clcd-2020.csv"), s,
                new GeeOptions("code", null, null, 30, clcd, 2020, false));
        assertEquals("gee-clcd-2020.csv, row 1: no id field 'code'; the columns are system:index, adcode, name, histogram, .geo",
                noField.errors().get(0).toString());
        Path empty = dir.resolve("empty-histogram.csv");
        Files.writeString(empty, "system:index,adcode,histogram\n0,520100,{}\n1,520200,\"{\"\"2\"\":x}\"\n");
        RegionImportPreview p = RegionImports.previewGee(empty, s, new GeeOptions("adcode", null, "histogram", 30, clcd, 2020, false));
        List<String> errors = p.errors().stream().map(Object::toString).toList();
        assertEquals("empty-histogram.csv, row 2, column C (histogram): region 520100: the histogram is empty, the feature covers no "
                + "pixel of the image (outside it, or every pixel masked)", errors.get(0));
        assertEquals("empty-histogram.csv, row 3, column C (histogram): histogram entry for code 2: not a number: 'x'", errors.get(1));
        Study clcdStudy = province();
        clcdStudy.setLandClassSystem(LandClassSystems.clcd());
        assertTrue(ClassMapping.of("clcd", clcdStudy, new ArrayList<>()).isPresent(), "the clcd system has every mapped class");
        Study none = province();
        none.getLandClassSystem().getClasses().removeIf(c -> c.getId().equals("water"));
        List<ImportProblem> problems = new ArrayList<>();
        assertTrue(ClassMapping.of("seed", none, problems).isEmpty());
        assertTrue(problems.get(0).toString().contains("writes the classes water, which the study's land-class system does not have"),
                problems.toString());
    }
}
