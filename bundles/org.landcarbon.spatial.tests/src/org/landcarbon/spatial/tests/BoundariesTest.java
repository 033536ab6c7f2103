package org.landcarbon.spatial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.ClassMapping;
import org.landcarbon.spatial.Crs;
import org.landcarbon.spatial.GeoTiffRaster;
import org.landcarbon.spatial.SpatialException;
import org.landcarbon.spatial.ZonalCalculator;
import org.landcarbon.spatial.ZonalResult;
import org.landcarbon.spatial.ZonalResult.RegionAreas;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The shipped synthetic sample (bundles/org.landcarbon.spatial/samples), read as GeoJSON and as a shapefile. */
class BoundariesTest {

    @TempDir
    Path dir;

    Path sample(String name) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(BoundariesTest.class);
        Enumeration<URL> found = bundle.findEntries("samples", name, false);
        if (found == null || !found.hasMoreElements()) {
            throw new IOException("samples/" + name + " not found");
        }
        Path target = dir.resolve(name);
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, target);
        }
        return target;
    }

    Path shapefile() throws IOException {
        for (String ext : List.of("dbf", "prj", "cpg", "shx")) {
            sample("counties." + ext);
        }
        return sample("counties.shp");
    }

    @Test
    void shapefileAndGeoJsonGiveTheSameAreas() throws Exception {
        Boundaries json = Boundaries.read(sample("counties.geojson"), "code", "name");
        Boundaries shp = Boundaries.read(shapefile(), "code", "name");
        assertEquals(4, json.regions().size());
        assertEquals(json.regions().stream().map(r -> r.id() + " " + r.name()).toList(),
                shp.regions().stream().map(r -> r.id() + " " + r.name()).toList());
        assertTrue(shp.regions().get(0).name().startsWith("甲县"));
        try (GeoTiffRaster a = GeoTiffRaster.open(sample("landcover-2000.tif")); GeoTiffRaster b = GeoTiffRaster.open(sample("landcover-2020.tif"))) {
            ZonalCalculator calc = new ZonalCalculator(2);
            ZonalResult zj = calc.compute(List.of(a, b), json.reproject(a.grid().crs()).regions(), ClassMapping.builtIn("clcd"), true);
            ZonalResult zs = calc.compute(List.of(a, b), shp.reproject(a.grid().crs()).regions(), ClassMapping.builtIn("clcd"), true);
            for (int i = 0; i < 4; i++) {
                RegionAreas rj = zj.regions().get(i), rs = zs.regions().get(i);
                assertEquals(rj.areas(), rs.areas());
                assertEquals(rj.nodataPixels()[0], rs.nodataPixels()[0]);
            }
            // the enclave D fills C's hole: the four counties' pixels are disjoint, so C + D = C's outer ring
            RegionAreas c = zj.regions().get(2), d = zj.regions().get(3);
            assertTrue(d.areas().get(0).values().stream().mapToDouble(Double::doubleValue).sum() > 0);
            // B crosses the raster's east edge: part of it lies outside
            assertTrue(zj.regions().get(1).outsideFraction() > 0.1, "B outside " + zj.regions().get(1).outsideFraction());
            assertEquals(0.0, zj.regions().get(0).outsideFraction());
            assertEquals(0.0, d.outsideFraction());
            // the 2000 cloud gap (0 = nodata) lies in B
            assertEquals(20 * 40, zj.regions().get(1).nodataPixels()[0]);
            assertEquals(0, zj.regions().get(1).nodataPixels()[1]);
        }
    }

    @Test
    void missingIdFieldNamesTheFields() throws Exception {
        SpatialException e = assertThrows(SpatialException.class, () -> Boundaries.read(sample("counties.geojson"), "adcode", null));
        assertTrue(e.getMessage().contains("'adcode'") && e.getMessage().contains("code, name"), e.getMessage());
        SpatialException s = assertThrows(SpatialException.class, () -> Boundaries.read(shapefile(), "adcode", null));
        assertTrue(s.getMessage().contains("'adcode'") && s.getMessage().contains("code, name"), s.getMessage());
    }

    @Test
    void invalidPolygonIsNamedById() throws Exception {
        Path f = dir.resolve("bow.geojson");
        Files.writeString(f, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"bowtie-1"},
                 "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}}]}""");
        SpatialException e = assertThrows(SpatialException.class, () -> Boundaries.read(f, "id", null));
        assertTrue(e.getMessage().contains("invalid polygon of region 'bowtie-1'"), e.getMessage());
    }

    @Test
    void shapefileWithoutPrjHasUnknownCrs() throws Exception {
        Path shp = shapefile();
        Files.delete(dir.resolve("counties.prj"));
        SpatialException e = assertThrows(SpatialException.class, () -> Boundaries.read(shp, "code", null));
        assertTrue(e.getMessage().contains("CRS is unknown"), e.getMessage());
    }

    /** Reprojection to Albers (China's usual equal-area CRS) and back keeps the vertices to a millimetre-ish. */
    @Test
    void reprojectsWithProj4j() throws Exception {
        Boundaries json = Boundaries.read(sample("counties.geojson"), "code", null);
        Crs albers = Crs.proj4("China Albers", "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +x_0=0 +y_0=0 +datum=WGS84 +units=m");
        Boundaries projected = json.reproject(albers);
        Boundaries back = projected.reproject(Crs.WGS84);
        var a = json.regions().get(0).geometry().getCoordinates();
        var p = projected.regions().get(0).geometry().getCoordinates();
        var b = back.regions().get(0).geometry().getCoordinates();
        assertTrue(Math.abs(p[0].x) > 1e5, "projected x " + p[0].x); // metres east of 105E
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i].x, b[i].x, 1e-8);
            assertEquals(a[i].y, b[i].y, 1e-8);
        }
        // an EPSG code from proj4j's EPSG database (the wrapped proj4j-epsg fragment)
        assertTrue(Crs.epsg(4490).geographic());
        assertTrue(!Crs.epsg(32648).geographic());
    }

    @Test
    void userMappingCsv() throws Exception {
        Path f = dir.resolve("map.csv");
        Files.writeString(f, "code,class\n1,cropland\n2,forest\n3,forest\n");
        ClassMapping m = ClassMapping.fromCsv(f);
        assertEquals(List.of("cropland", "forest"), m.classes());
        Files.writeString(f, "code,class\n1,cropland\nx,forest\n");
        SpatialException e = assertThrows(SpatialException.class, () -> ClassMapping.fromCsv(f));
        assertTrue(e.getMessage().contains("row 3, column code"), e.getMessage());
        List<String> seed = new ArrayList<>(ClassMapping.builtIn("seed").classes());
        assertEquals(List.of("cropland", "forest", "grassland", "water", "construction", "unused"), seed);
    }
}
