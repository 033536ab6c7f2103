package org.landcarbon.spatial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.ClassMapping;
import org.landcarbon.spatial.ZonalCalculator;
import org.landcarbon.spatial.ZonalPreview;
import org.landcarbon.spatial.ZonalPreview.RasterSummary;

/** The wizard's preview: unmapped codes and nodata counted by hand on the 20 x 10 UTM raster of {@link ZonalTest}. */
class ZonalPreviewTest {

    @TempDir
    Path dir;

    /** A square of pixel columns c0..c1 and rows r0..r1 of the UTM grid, as a GeoJSON feature with the id. */
    private static String square(String id, double c0, double r0, double c1, double r1) {
        double x0 = ZonalTest.UTM.x0() + c0 * 30, x1 = ZonalTest.UTM.x0() + c1 * 30;
        double y0 = ZonalTest.UTM.y0() - r0 * 30, y1 = ZonalTest.UTM.y0() - r1 * 30;
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + id + "\",\"label\":\"L" + id + "\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[" + x0 + "," + y0 + "],[" + x1 + "," + y0 + "],[" + x1 + "," + y1 + "],[" + x0 + "," + y1 + "],[" + x0
                + "," + y0 + "]]]}}";
    }

    private Path raster() throws Exception {
        int[] codes = ZonalTest.bands(20, 10); // nodata 0 at row 9, columns 0-1
        codes[0] = 42;
        codes[1] = 42;
        codes[2] = 77;
        Path f = dir.resolve("landcover-2015.tif");
        TestTiffs.write(f, ZonalTest.UTM, codes);
        return f;
    }

    private Path boundaries() throws Exception {
        // A: the whole raster (200 px); B: 10 x 10 px wholly east of it
        return Files.writeString(dir.resolve("two.geojson"), "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"EPSG:32648\"}},\"features\":[" + square("A", 0, 0, 20, 10) + "," + square("B", 25, 0, 35, 10) + "]}");
    }

    @Test
    void unmappedCodesNodataAndCoverageAreCountedNotThrown() throws Exception {
        ZonalPreview p = ZonalPreview.compute(List.of(raster()), boundaries(), "code", "label", ClassMapping.builtIn("clcd"),
                new ZonalCalculator(2));
        RasterSummary s = p.rasters().get(0);
        assertEquals(Map.of(42, 2L, 77, 1L), s.unmappedCodes());
        assertEquals(2, s.nodataPixels());
        assertEquals(198, s.pixelsInside(), "200 pixels, 2 nodata");
        assertEquals(1, s.regionsMet(), "B lies outside");
        assertEquals(100.0 / 300, s.outsideShare(), 1e-12, "B's 100 px2 of the 300 px2 of both");
        assertEquals("LA", p.boundaries().regions().get(0).name());
        // the unmapped pixels are in no class: cropland holds columns 0-4 minus 3 unmapped and 2 nodata
        assertEquals((50 - 3 - 2) * 900.0, p.result().regions().get(0).areas().get(0).get("cropland"), 1e-9);
        List<String> problems = p.problems("clcd");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("codes not in the mapping 'clcd': 42 (2 px) 77 (1 px)"), problems.get(0));
    }

    @Test
    void noOverlapIsAProblemOfThePreview() throws Exception {
        Path only = Files.writeString(dir.resolve("east.geojson"), "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"EPSG:32648\"}},\"features\":[" + square("B", 25, 0, 35, 10) + "]}");
        ZonalPreview p = ZonalPreview.compute(List.of(raster()), only, "code", null, ClassMapping.builtIn("clcd"), new ZonalCalculator(1));
        assertTrue(p.problems("clcd").get(0).contains("no overlap"), p.problems("clcd").toString());
    }

    @Test
    void cancelStopsTheSums() throws Exception {
        Path r = raster(), b = boundaries();
        ZonalCalculator cancelled = new ZonalCalculator(1, new ZonalCalculator.Monitor() {
            @Override
            public boolean cancelled() {
                return true;
            }
        });
        assertThrows(CancellationException.class, () -> ZonalPreview.compute(List.of(r), b, "code", null, ClassMapping.builtIn("clcd"), cancelled));
    }

    @Test
    void fieldsOfGeoJsonAndShapefile() throws Exception {
        assertEquals(List.of("code", "label"), Boundaries.fields(boundaries()));
        BoundariesTest samples = new BoundariesTest();
        samples.dir = dir;
        assertEquals(List.of("code", "name"), Boundaries.fields(samples.sample("counties.geojson")));
        assertEquals(List.of("code", "name"), Boundaries.fields(samples.shapefile()));
    }
}
