package org.landcarbon.spatial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.spatial.ClassMapping;
import org.landcarbon.spatial.EllipsoidArea;
import org.landcarbon.spatial.GeoTiffRaster;
import org.landcarbon.spatial.Region;
import org.landcarbon.spatial.SpatialException;
import org.landcarbon.spatial.ZonalCalculator;
import org.landcarbon.spatial.ZonalResult;
import org.landcarbon.spatial.ZonalResult.RegionAreas;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

/** Pixel-centre zonal areas on small rasters whose answers are counted by hand. */
class ZonalTest {

    static final GeometryFactory GF = new GeometryFactory();
    /** UTM 48N, 30 m pixels: the plain cell area 900 m2. Origin (500000, 3000000). */
    static final TestTiffs.Spec UTM = new TestTiffs.Spec(20, 10, 500_000, 3_000_000, 30, 30, 32648, false, 0, 8, 8, 0, 3, 1);

    @TempDir
    Path dir;

    /** Codes: column c of row r is 1 + (c / 5) (1..4 in bands of 5 columns); nodata 0 in row 9, columns 0-1. */
    static int[] bands(int w, int h) {
        int[] codes = new int[w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                codes[r * w + c] = 1 + (c / 5) % 4;
            }
        }
        codes[9 * w] = 0;
        codes[9 * w + 1] = 0;
        return codes;
    }

    /** A polygon in pixel coordinates (col, row) of the UTM grid, converted to map coordinates. */
    static LinearRing ring(double... colRow) {
        Coordinate[] c = new Coordinate[colRow.length / 2 + 1];
        for (int i = 0; i < colRow.length / 2; i++) {
            c[i] = new Coordinate(UTM.x0() + colRow[2 * i] * UTM.dx(), UTM.y0() - colRow[2 * i + 1] * UTM.dy());
        }
        c[c.length - 1] = c[0];
        return GF.createLinearRing(c);
    }

    static ClassMapping clcd() {
        return ClassMapping.builtIn("clcd");
    }

    ZonalResult zonal(TestTiffs.Spec spec, int[] codes, List<Region> regions, boolean nga) throws Exception {
        Path f = dir.resolve("r" + System.nanoTime() + ".tif");
        if (nga) {
            TestTiffs.writeNga(f, spec, codes);
        } else {
            TestTiffs.write(f, spec, codes);
        }
        try (GeoTiffRaster r = GeoTiffRaster.open(f)) {
            return new ZonalCalculator(2).compute(List.of(r), regions, clcd(), false);
        }
    }

    @Test
    void pixelCentreRuleCountsCentresInside() throws Exception {
        // columns 0.4..3.6 hold the centres 0.5..3.5 (4 columns); rows 0.6..2.4 the centres 1.5 only (1 row)
        Geometry a = GF.createPolygon(ring(0.4, 0.6, 3.6, 0.6, 3.6, 2.4, 0.4, 2.4));
        // columns 5.6..7.4: centres 6.5 only; rows 0..10 all ten rows, one of them... all codes 2
        Geometry b = GF.createPolygon(ring(5.6, 0, 7.4, 0, 7.4, 5, 5.6, 5));
        ZonalResult z = zonal(UTM, bands(20, 10), List.of(new Region("a", "a", a), new Region("b", "b", b)), false);
        assertEquals(4 * 900.0, z.regions().get(0).areas().get(0).get("cropland"), 1e-9);
        assertEquals(1 * 5 * 900.0, z.regions().get(1).areas().get(0).get("forest"), 1e-9);
        assertEquals(0.0, z.regions().get(1).areas().get(0).get("cropland"));
    }

    @Test
    void holeIsExcluded() throws Exception {
        Geometry g = GF.createPolygon(ring(0, 0, 10, 0, 10, 8, 0, 8), new LinearRing[] { ring(2, 2, 6, 2, 6, 6, 2, 6) });
        RegionAreas r = zonal(UTM, bands(20, 10), List.of(new Region("h", "h", g)), false).regions().get(0);
        // 10 x 8 = 80 pixels minus the 4 x 4 hole: columns 0-4 cropland (40 - hole cols 2-4 x 4 rows = 12), 5-9 forest (40 - 4)
        assertEquals((40 - 12) * 900.0, r.areas().get(0).get("cropland"), 1e-9);
        assertEquals((40 - 4) * 900.0, r.areas().get(0).get("forest"), 1e-9);
    }

    @Test
    void multipolygonAndEdgeCrossing() throws Exception {
        // part 1 inside (cols 0-1, rows 0-1); part 2 crosses the east edge (cols 18-25 of a 20-wide raster) and the north edge
        Geometry g = GF.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                GF.createPolygon(ring(0, 0, 2, 0, 2, 2, 0, 2)), GF.createPolygon(ring(18, -3, 26, -3, 26, 2, 18, 2)) });
        RegionAreas r = zonal(UTM, bands(20, 10), List.of(new Region("m", "m", g)), false).regions().get(0);
        assertEquals(4 * 900.0, r.areas().get(0).get("cropland"), 1e-9);
        assertEquals(2 * 2 * 900.0, r.areas().get(0).get("grassland"), 1e-9); // cols 18-19 hold code 4
        // outside: part 2 is 8 x 5 = 40 px2 of which 2 x 2 inside; total 44 -> (40 - 4) / 44 outside
        assertEquals(36.0 / 44, r.outsideFraction(), 1e-12);
    }

    @Test
    void nodataCountedNotZeroed() throws Exception {
        Geometry g = GF.createPolygon(ring(0, 8, 4, 8, 4, 10, 0, 10));
        RegionAreas r = zonal(UTM, bands(20, 10), List.of(new Region("n", "n", g)), false).regions().get(0);
        assertEquals(2, r.nodataPixels()[0]);
        assertEquals((4 * 2 - 2) * 900.0, r.areas().get(0).get("cropland"), 1e-9); // cols 0-3, rows 8-9
    }

    @Test
    void unmappedCodesAreListedWithCounts() throws Exception {
        int[] codes = bands(20, 10);
        codes[0] = 42;
        codes[1] = 42;
        codes[2] = 77;
        Geometry g = GF.createPolygon(ring(0, 0, 20, 0, 20, 10, 0, 10));
        SpatialException e = assertThrows(SpatialException.class, () -> zonal(UTM, codes, List.of(new Region("u", "u", g)), false));
        assertTrue(e.getMessage().contains("42 (2 px)") && e.getMessage().contains("77 (1 px)"), e.getMessage());
    }

    @Test
    void noOverlapIsAnError() {
        Geometry g = GF.createPolygon(ring(100, 100, 110, 100, 110, 110, 100, 110));
        SpatialException e = assertThrows(SpatialException.class, () -> zonal(UTM, bands(20, 10), List.of(new Region("x", "x", g)), false));
        assertTrue(e.getMessage().contains("no overlap"), e.getMessage());
    }

    /** Every layout and compression gives the same areas, including mil.nga:tiff's own striped output. */
    @Test
    void layoutsAndCompressionsAgree() throws Exception {
        TestTiffs.Spec big = new TestTiffs.Spec(300, 200, 500_000, 3_000_000, 30, 30, 32648, false, 0, 8, 1, 0, 7, 1);
        int[] codes = new int[300 * 200];
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < codes.length; i++) {
            codes[i] = rnd.nextInt(10) < 8 ? 1 + (i / 300 + i % 300) / 37 % 9 : rnd.nextInt(10); // runs and noise, 0 = nodata
        }
        Geometry g = GF.createPolygon(new Coordinate[] { new Coordinate(500_100, 2_999_900), new Coordinate(508_500, 2_996_000),
                new Coordinate(504_000, 2_994_100), new Coordinate(500_100, 2_999_900) });
        List<Region> regions = List.of(new Region("t", "t", g));
        Map<String, Double> reference = zonal(big, codes, regions, true).regions().get(0).areas().get(0);
        long nd = zonal(big, codes, regions, true).regions().get(0).nodataPixels()[0];
        assertTrue(reference.values().stream().mapToDouble(Double::doubleValue).sum() > 1e6);
        int[][] variants = { { 1, 0, 7, 1 }, { 5, 0, 7, 1 }, { 8, 0, 1, 2 }, { 32773, 0, 200, 1 }, { 8, 64, 0, 1 }, { 5, 128, 0, 2 },
                { 32773, 16, 0, 1 }, { 1, 256, 0, 1 } };
        for (int[] v : variants) {
            RegionAreas r = zonal(big.with(v[0], v[1], v[2], v[3]), codes, regions, false).regions().get(0);
            assertEquals(reference, r.areas().get(0), "compression " + v[0] + " tile " + v[1] + " strip " + v[2] + " predictor " + v[3]);
            assertEquals(nd, r.nodataPixels()[0]);
        }
        Path bigTiff = dir.resolve("big.tif");
        TestTiffs.write(bigTiff, big.with(8, 64, 0, 1), codes, true);
        try (GeoTiffRaster r = GeoTiffRaster.open(bigTiff)) {
            assertEquals(reference, new ZonalCalculator(2).compute(List.of(r), regions, clcd(), false).regions().get(0).areas().get(0), "BigTIFF");
        }
        for (int c : new int[] { 8, 1 }) { // mil.nga:tiff 3.0.0 has encoders for Deflate and none only
            assertEquals(reference, zonal(big.with(c, 0, 13, 1), codes, regions, true).regions().get(0).areas().get(0), "mil.nga " + c);
        }
    }

    @Test
    void sixteenBitCodes() throws Exception {
        TestTiffs.Spec s16 = new TestTiffs.Spec(20, 10, 500_000, 3_000_000, 30, 30, 32648, false, 65535, 16, 8, 0, 3, 1);
        int[] codes = bands(20, 10);
        codes[9 * 20] = 65535;
        codes[9 * 20 + 1] = 65535;
        Geometry g = GF.createPolygon(ring(0, 8, 4, 8, 4, 10, 0, 10));
        for (TestTiffs.Spec s : List.of(s16, s16.with(5, 16, 0, 2))) {
            RegionAreas r = zonal(s, codes, List.of(new Region("n", "n", g)), false).regions().get(0);
            assertEquals(2, r.nodataPixels()[0]);
            assertEquals(6 * 900.0, r.areas().get(0).get("cropland"), 1e-9);
        }
    }

    /** A geographic raster: each pixel weighs its ellipsoidal cell area, row by row. */
    @Test
    void geographicPixelAreas() throws Exception {
        double d = 0.000269494585236;
        TestTiffs.Spec geo = new TestTiffs.Spec(20, 10, 106.5, 26.8, d, d, 4326, true, 0, 8, 8, 8, 0, 1);
        Geometry g = GF.createPolygon(new Coordinate[] { new Coordinate(106.5, 26.8), new Coordinate(106.5 + 5 * d, 26.8),
                new Coordinate(106.5 + 5 * d, 26.8 - 3 * d), new Coordinate(106.5, 26.8 - 3 * d), new Coordinate(106.5, 26.8) });
        RegionAreas r = zonal(geo, bands(20, 10), List.of(new Region("g", "g", g)), false).regions().get(0);
        double expected = 0;
        for (int row = 0; row < 3; row++) {
            expected += 5 * EllipsoidArea.cellArea(26.8 - row * d, 26.8 - (row + 1) * d, d);
        }
        assertEquals(expected, r.areas().get(0).get("cropland"), 1e-6);
        assertEquals(15 * 800.1, expected, 15 * 0.5); // about 800 m2 a pixel at 26.8N, not 900
    }

    @Test
    void transferMatrixSumsToBothYears() throws Exception {
        int[] y1 = bands(20, 10), y2 = bands(20, 10);
        for (int i = 0; i < y2.length; i++) {
            if (y2[i] == 1 && i % 3 == 0) {
                y2[i] = 8; // some cropland becomes impervious
            }
        }
        y2[5] = 0; // nodata in year 2 only
        Path f1 = dir.resolve("t1.tif"), f2 = dir.resolve("t2.tif");
        TestTiffs.write(f1, UTM, y1);
        TestTiffs.write(f2, UTM.with(5, 16, 0, 1), y2);
        Geometry g = GF.createPolygon(ring(0, 0, 12, 0, 12, 10, 0, 10));
        try (GeoTiffRaster a = GeoTiffRaster.open(f1); GeoTiffRaster b = GeoTiffRaster.open(f2)) {
            ZonalResult z = new ZonalCalculator(2).compute(List.of(a, b), List.of(new Region("t", "t", g)), clcd(), true);
            RegionAreas r = z.regions().get(0);
            double[][] m = r.transfers().get(0);
            List<String> cls = z.classes();
            int crop = cls.indexOf("cropland"), imp = cls.indexOf("impervious"), forest = cls.indexOf("forest");
            double total = 0;
            for (double[] row : m) {
                for (double v : row) {
                    total += v;
                }
            }
            // 120 pixels; pixels with nodata in either year (row 9 cols 0-1 in year 1, col 5 row 0 in year 2) are left out
            assertEquals((120 - 3) * 900.0, total, 1e-6);
            double cropToImp = m[crop][imp];
            long expected = 0;
            for (int i = 0; i < 200; i++) {
                if (i % 20 < 12 && y1[i] == 1 && y2[i] == 8) {
                    expected++;
                }
            }
            assertEquals(expected * 900.0, cropToImp, 1e-9);
            // column sums = year-2 areas over the pixels valid in both years
            double col = 0;
            for (double[] row : m) {
                col += row[imp];
            }
            assertEquals(r.areas().get(1).get("impervious"), col, 1e-9);
            double rowForest = 0;
            for (double v : m[forest]) {
                rowForest += v;
            }
            assertEquals(r.areas().get(0).get("forest") - 900.0, rowForest, 1e-9); // the year-2 nodata pixel (col 5) was forest
        }
    }

    @Test
    void transferRefusesDifferentGrids() throws Exception {
        Path f1 = dir.resolve("g1.tif"), f2 = dir.resolve("g2.tif");
        TestTiffs.write(f1, UTM, bands(20, 10));
        TestTiffs.write(f2, new TestTiffs.Spec(20, 10, 500_030, 3_000_000, 30, 30, 32648, false, 0, 8, 8, 0, 3, 1), bands(20, 10));
        Geometry g = GF.createPolygon(ring(0, 0, 12, 0, 12, 10, 0, 10));
        try (GeoTiffRaster a = GeoTiffRaster.open(f1); GeoTiffRaster b = GeoTiffRaster.open(f2)) {
            SpatialException e = assertThrows(SpatialException.class,
                    () -> new ZonalCalculator(1).compute(List.of(a, b), List.of(new Region("t", "t", g)), clcd(), true));
            assertTrue(e.getMessage().contains("same grid"), e.getMessage());
        }
    }

    @Test
    void unreadableTiffIsNamed() throws Exception {
        Path f = dir.resolve("broken.tif");
        java.nio.file.Files.writeString(f, "not a tiff at all");
        SpatialException e = assertThrows(SpatialException.class, () -> GeoTiffRaster.open(f));
        assertTrue(e.getMessage().contains("broken.tif") && e.getMessage().contains("not a TIFF"), e.getMessage());
    }
}
