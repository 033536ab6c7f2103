package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.model.Region;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.RegionSample;
import org.landcarbon.model.study.Regions;

/** The per-region commands on the shipped region sample, and the region imports through the dispatcher. */
class RegionCommandsTest {

    @SuppressWarnings("unchecked")
    private static double forestSink(Map<String, Object> account, int year) {
        for (Object y : (List<Object>) account.get("years")) {
            Map<String, Object> m = (Map<String, Object>) y;
            if (((Double) m.get("year")).intValue() == year) {
                Map<String, Object> forest = (Map<String, Object>) ((Map<String, Object>) m.get("values")).get("forest");
                return (Double) forest.get("value");
            }
        }
        throw new AssertionError("no year " + year);
    }

    @Test
    @SuppressWarnings("unchecked")
    void accountByRegionGivesEveryRegionAndTheWholeIsTheSumOfItsParts(@TempDir Path dir) throws Exception {
        Path file = StudyCommandsTest.sample(RegionSample.FILE, dir);
        Result r = CliHarness.run("account", file.toString(), "--by-region", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        List<Object> regions = (List<Object>) Json.object(r.out()).get("regions");
        assertEquals(List.of("520000", "SYN01", "SYN02", "SYN03"), regions.stream().map(o -> ((Map<String, Object>) o).get("code")).toList());
        double whole = forestSink((Map<String, Object>) ((Map<String, Object>) regions.get(0)).get("account"), 2009);
        double parts = 0;
        for (int i = 1; i < 4; i++) {
            parts += forestSink((Map<String, Object>) ((Map<String, Object>) regions.get(i)).get("account"), 2009);
        }
        // the forest sink is area x rate, so the parts' sinks add up to the province's (to the printed 2 decimals)
        assertEquals(whole, parts, 0.015);
        assertEquals(509.23, whole, 0.005, "790.73 x 10^4 hm2 x 0.644 t C/(hm2 a), the seed paper's 2009 forest sink");
    }

    @Test
    void accountCsvByRegionHasRegionColumnsAndAnUnknownRegionIsAUsageError(@TempDir Path dir) throws Exception {
        Path file = StudyCommandsTest.sample(RegionSample.FILE, dir);
        Result csv = CliHarness.run("account", file.toString(), "--by-region", "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        String[] lines = csv.out().split("\n");
        assertTrue(lines[0].startsWith("region_code,region_name,year,"), lines[0]);
        assertEquals(1 + 4 * 15, lines.length, "a header and 15 years for each of 4 regions");
        assertTrue(lines[16].startsWith("SYN01,Synthetic subregion A (not a real prefecture),2005,"), lines[16]);
        Result one = CliHarness.run("account", file.toString(), "--region", "SYN02");
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().startsWith("Guizhou 2005-2019 with three synthetic subregions - Synthetic subregion B (not a real prefecture) (SYN02)"),
                one.out());
        Result info = CliHarness.run("info", file.toString());
        assertTrue(info.out().contains("\n    Synthetic subregion C (not a real prefecture) (SYN03): 5 series\n"), info.out());
        Result bad = CliHarness.run("account", file.toString(), "--region", "520100");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("the study has no region '520100'; its regions are 520000, SYN01, SYN02, SYN03"), bad.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void analysesRunPerRegion(@TempDir Path dir) throws Exception {
        Path file = StudyCommandsTest.sample(RegionSample.FILE, dir);
        Result all = CliHarness.run("gm11", "--input", file.toString(), "--series", "area.forest", "--region", "all");
        assertEquals(0, all.exitCode(), all.err() + all.out());
        List<Object> regions = (List<Object>) Json.object(all.out()).get("regions");
        assertEquals(4, regions.size());
        for (Object o : regions) {
            assertTrue(((Map<String, Object>) o).containsKey("result"), o.toString());
        }
        // net is a reported figure of the province only: the subregions say so, and the command exits 1
        Result net = CliHarness.run("gm11", "--input", file.toString(), "--series", "net", "--region", "all", "--format", "table");
        assertEquals(1, net.exitCode());
        assertTrue(net.out().contains("==   Synthetic subregion A (not a real prefecture) (SYN01)\nerror: "), net.out());
        Result one = CliHarness.run("landuse", "--input", file.toString(), "--series", "area.forest,area.grassland", "--region", "SYN03",
                "--format", "csv");
        assertEquals(0, one.exitCode(), one.err());
        Result scen = CliHarness.run("scenarios", file.toString(), "--region", "SYN01");
        assertEquals(0, scen.exitCode(), scen.err());
        assertTrue(scen.out().startsWith("Guizhou 2005-2019 with three synthetic subregions - Synthetic subregion A"), scen.out());
    }

    private static Path province(Path dir) throws Exception {
        Path file = StudyCommandsTest.sample(org.landcarbon.model.samples.SampleStudies.GUIZHOU_FILE, dir);
        return file;
    }

    @Test
    void importRecognizesTheRegionLayoutAndIsAllOrNothing(@TempDir Path dir) throws Exception {
        Path studyFile = province(dir);
        Path csv = dir.resolve("prefectures.csv");
        Files.writeString(csv, "区划代码,地区,年份,地类,面积,单位\n520100,贵阳市,2009,林地,40.5,万公顷\n520200,六盘水市,2009,林地,600,公顷\n",
                StandardCharsets.UTF_8);
        Result r = CliHarness.run("import", "--into", studyFile.toString(), csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Imported 2 values into 2 regions"), r.out());
        assertTrue(r.out().contains("new region 520100 贵阳市 under 520000"), r.out());
        Study s = StudyFiles.load(studyFile);
        Region b = Regions.find(s, "520200").orElseThrow();
        assertEquals(0.06, b.getSeries().get(0).getValues().get(0).getValue(), 1e-12, "600 hm2 in the study's 10^4 hm2");

        byte[] before = Files.readAllBytes(studyFile);
        Files.writeString(csv, "region code,year,series,value,unit\n520300,2009,forest,1,10^4 hm2\n520300,2009,forest,2,10^4 hm2\n");
        Result dup = CliHarness.run("import", "--into", studyFile.toString(), csv.toString(), "--regions");
        assertEquals(1, dup.exitCode());
        assertTrue(dup.err().contains("prefectures.csv, row 3, column D (value): duplicate value for region 520300, area.forest in 2009 "
                + "(also row 2)"), dup.err());
        assertArrayEquals(before, Files.readAllBytes(studyFile), "nothing written");
    }

    @Test
    @SuppressWarnings("unchecked")
    void importRegionsReadsTheRangeColumnsAndTheRegionsAccountCarriesThem(@TempDir Path dir) throws Exception {
        Path file = StudyCommandsTest.sample(RegionSample.FILE, dir);
        Path csv = dir.resolve("ranges.csv");
        Files.writeString(csv, "region code,year,series,value,unit,distribution,percent,uncertainty_source\n"
                + "SYN01,2009,forest,,,interval95pct,5,county forest inventory (test)\n");
        Result r = CliHarness.run("import", "--into", file.toString(), csv.toString(), "--regions");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("range of area.forest in SYN01: +-5 % (95 %) (county forest inventory (test))"), r.out());
        Result mc = CliHarness.run("account", file.toString(), "--region", "SYN01", "--uncertainty", "mc", "--draws", "2000", "--seed",
                "3", "--format", "json");
        assertEquals(0, mc.exitCode(), mc.err());
        Map<String, Object> year = (Map<String, Object>) ((List<Object>) Json.object(mc.out()).get("years")).get(0);
        double half = ((Number) ((Map<String, Object>) year.get("forest")).get("half_width_pct")).doubleValue();
        assertEquals(5, half, 0.5, "forest sink = area x exact rate: the area's +-5 % (2,000 draws)");

        byte[] before = Files.readAllBytes(file);
        Files.writeString(csv, "region code,year,series,value,unit,distribution,percent,uncertainty_source\n"
                + "SYN02,2009,forest,,,interval95pct,0,survey\n");
        Result bad = CliHarness.run("import", "--into", file.toString(), csv.toString(), "--regions");
        assertEquals(1, bad.exitCode(), bad.out());
        assertTrue(bad.err().contains("ranges.csv, row 2, column G (percent): "), bad.err());
        assertArrayEquals(before, Files.readAllBytes(file), "nothing written");
    }

    @Test
    void importGeeWritesHandComputedAreasAndRefusesUnmappedCodes(@TempDir Path dir) throws Exception {
        Path studyFile = province(dir);
        Path gee = dir.resolve("gee.csv");
        // hand-made, in the layout of a GEE frequencyHistogram export: 5000 forest pixels + 1000 shrub pixels of 30 m
        Files.writeString(gee, "system:index,adcode,name,histogram,.geo\n0,520100,Guiyang,\"{\"\"2\"\":5000,\"\"3\"\":1000}\",\"{}\"\n");
        Result r = CliHarness.run("import-gee", gee.toString(), "--into", studyFile.toString(), "--id-field", "adcode", "--name-field",
                "name", "--scale", "30", "--classes", "seed", "--year", "2019");
        assertEquals(0, r.exitCode(), r.err());
        Study s = StudyFiles.load(studyFile);
        Region guiyang = Regions.find(s, "520100").orElseThrow();
        double forest = guiyang.getSeries().stream().filter(x -> x.getId().equals("area.forest")).findFirst().orElseThrow()
                .getValues().get(0).getValue();
        assertEquals(0.054, forest, 1e-15, "6000 px x 900 m2 = 5.4e6 m2 = 540 hm2 = 0.054 x 10^4 hm2");

        Files.writeString(gee, "system:index,adcode,histogram,.geo\n0,520200,\"{\"\"2\"\":10,\"\"12\"\":2.5}\",\"{}\"\n");
        byte[] before = Files.readAllBytes(studyFile);
        Result bad = CliHarness.run("import-gee", gee.toString(), "--into", studyFile.toString(), "--id-field", "adcode", "--scale", "30",
                "--classes", "clcd", "--year", "2019");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("land-cover code 12 is not in the mapping clcd: 2.5 pixels in 1 feature (row 2)"), bad.err());
        assertArrayEquals(before, Files.readAllBytes(studyFile));
        Result usage = CliHarness.run("import-gee", gee.toString(), "--into", studyFile.toString(), "--id-field", "adcode", "--scale", "0",
                "--classes", "clcd", "--year", "2019");
        assertEquals(2, usage.exitCode());
    }
}
