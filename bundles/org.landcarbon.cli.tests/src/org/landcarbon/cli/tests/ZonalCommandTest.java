package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code landcarbon zonal} on the synthetic sample of org.landcarbon.spatial. */
class ZonalCommandTest {

    @TempDir
    Path dir;

    private Path sample(String name) throws IOException {
        return SpatialSamples.copy(name, dir);
    }

    private String[] args(String regions, String... more) throws IOException {
        List<String> a = new java.util.ArrayList<>(List.of("zonal", "--raster", sample("landcover-2000.tif").toString(),
                "--raster", sample("landcover-2020.tif").toString(), "--regions", regions, "--id-field", "code"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @SuppressWarnings("unchecked")
    @Test
    void jsonWithTransferAndSameAnswerFromTheShapefile() throws Exception {
        CliHarness.Result r = CliHarness.run(args(sample("counties.geojson").toString(), "--name-field", "name", "--classes", "seed",
                "--transfer", "--unit", "hm2", "--format", "json"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("warning:") && r.err().contains("'520002'"), r.err()); // B crosses the raster's edge
        Map<String, Object> json = Json.object(r.out());
        assertEquals("hm2", json.get("unit"));
        List<Map<String, Object>> regions = (List<Map<String, Object>>) json.get("regions");
        assertEquals(List.of("520001", "520002", "520003", "520004"), regions.stream().map(m -> m.get("id")).toList());
        Map<String, Object> b = regions.get(1);
        assertEquals(800, ((Number) ((Map<String, Object>) b.get("nodata_pixels")).get("2000")).intValue());
        Map<String, Object> areas2000 = (Map<String, Object>) ((Map<String, Object>) b.get("areas")).get("2000");
        assertEquals(List.of("cropland", "forest", "grassland", "water", "construction", "unused"), List.copyOf(areas2000.keySet()));
        Map<String, Map<String, Object>> transfer = (Map<String, Map<String, Object>>) ((Map<String, Object>) b.get("transfer")).get("2000-2020");
        double fromCrop = ((Map<String, Object>) transfer.get("cropland")).values().stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
        assertTrue(fromCrop > 0 && fromCrop <= ((Number) areas2000.get("cropland")).doubleValue() + 1e-9);

        for (String ext : List.of("dbf", "prj", "cpg", "shx")) {
            sample("counties." + ext);
        }
        CliHarness.Result s = CliHarness.run(args(sample("counties.shp").toString(), "--name-field", "name", "--classes", "seed",
                "--transfer", "--unit", "hm2", "--format", "json"));
        assertEquals(0, s.exitCode(), s.err());
        assertEquals(r.out(), s.out());
    }

    @SuppressWarnings("unchecked")
    @Test
    void tablesFeedTheTransferAnalysisAndAreNotOverwritten() throws Exception {
        Path tables = dir.resolve("tables");
        String[] zonal = args(sample("counties.geojson").toString(), "--classes", "seed", "--transfer", "--unit", "hm2", "--format", "json",
                "--tables", tables.toString());
        CliHarness.Result z = CliHarness.run(zonal);
        assertEquals(0, z.exitCode(), z.err());
        Map<String, Object> a = ((List<Map<String, Object>>) Json.object(z.out()).get("regions")).get(0);
        assertEquals("520001", a.get("id"));
        // with nodata the matrix would hold only the pixels valid in both years, less than the areas
        assertClose(Map.<String, Object>of("2000", 0, "2020", 0), (Map<String, Object>) a.get("nodata_pixels"));
        Path table = tables.resolve("520001_2000-2020.csv");
        assertTrue(Files.readString(table).startsWith("# landcarbon zonal: region 520001, 2000 -> 2020 from landcover-2000.tif"),
                Files.readString(table));
        assertEquals(4, count(tables));
        assertTrue(Files.readString(tables.resolve("520002_2000-2020.csv")).contains("; partial: 800 and"), "B's nodata is stated");

        CliHarness.Result t = CliHarness.run("run", "landuse.transfer", "--input", table.toString(), "--format", "json");
        assertEquals(0, t.exitCode(), t.err());
        Map<String, Object> result = Json.object(t.out());
        Map<String, Object> areas = (Map<String, Object>) a.get("areas");
        assertClose((Map<String, Object>) areas.get("2000"), (Map<String, Object>) result.get("start_area"));
        assertClose((Map<String, Object>) areas.get("2020"), (Map<String, Object>) result.get("end_area"));
        Map<String, Object> zonalMatrix = (Map<String, Object>) ((Map<String, Object>) a.get("transfer")).get("2000-2020");
        Map<String, Object> matrix = (Map<String, Object>) result.get("transfer");
        assertEquals(zonalMatrix.keySet(), matrix.keySet());
        for (String from : zonalMatrix.keySet()) {
            assertClose((Map<String, Object>) zonalMatrix.get(from), (Map<String, Object>) matrix.get(from));
        }
        assertEquals("hm2", ((Map<String, Object>) result.get("units")).get("transfer"));

        CliHarness.Result again = CliHarness.run(zonal);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("520001_2000-2020.csv exists"), again.err());
        assertEquals(4, count(tables));
    }

    private static void assertClose(Map<String, Object> expected, Map<String, Object> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String k : expected.keySet()) {
            double e = ((Number) expected.get(k)).doubleValue(), v = ((Number) actual.get(k)).doubleValue();
            assertEquals(e, v, 1e-9 * Math.abs(e), k);
        }
    }

    private static long count(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void csvAndTable() throws Exception {
        CliHarness.Result csv = CliHarness.run(args(sample("counties.geojson").toString(), "--format", "csv"));
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().startsWith("id,name,year,class,value\n520001,520001,2000,cropland,"), csv.out());
        assertTrue(csv.out().contains("520002,520002,2000,nodata_pixels,800\n"), csv.out());
        CliHarness.Result table = CliHarness.run(args(sample("counties.geojson").toString()));
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("Class areas in km2") && table.out().contains("impervious"), table.out());
    }

    @Test
    void badInputExitsOneWithTheReason() throws Exception {
        CliHarness.Result noField = CliHarness.run(args(sample("counties.geojson").toString(), "--name-field", "NAME_ZH"));
        assertEquals(1, noField.exitCode());
        assertTrue(noField.err().contains("no property 'NAME_ZH'"), noField.err());
        CliHarness.Result unmapped = CliHarness.run(args(sample("counties.geojson").toString(), "--classes", "worldcover"));
        assertEquals(1, unmapped.exitCode());
        assertTrue(unmapped.err().contains("codes not in the mapping 'worldcover'") && unmapped.err().contains(" px)"), unmapped.err());
        Path notTiff = Files.writeString(dir.resolve("x-2001.tif"), "text");
        CliHarness.Result broken = CliHarness.run("zonal", "--raster", notTiff.toString(), "--regions", sample("counties.geojson").toString(),
                "--id-field", "code");
        assertEquals(1, broken.exitCode());
        assertTrue(broken.err().contains("x-2001.tif") && broken.err().contains("not a TIFF"), broken.err());
        CliHarness.Result usage = CliHarness.run("zonal", "--raster", notTiff.toString());
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("--regions is required"), usage.err());
    }
}
