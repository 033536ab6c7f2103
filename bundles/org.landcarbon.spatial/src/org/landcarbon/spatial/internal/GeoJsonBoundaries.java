package org.landcarbon.spatial.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.json.simple.JSONValue;
import org.json.simple.parser.JSONParser;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.Crs;
import org.landcarbon.spatial.Region;
import org.landcarbon.spatial.SpatialException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * A GeoJSON FeatureCollection of polygons. JTS's GeoJsonReader drops feature properties, so the
 * document is parsed with json-simple (which jts-io uses) and each feature's geometry is handed to
 * GeoJsonReader. CRS: RFC 7946 says WGS84 longitude/latitude; a legacy "crs" member naming an EPSG
 * code (or OGC CRS84) is honoured.
 */
public final class GeoJsonBoundaries {

    private GeoJsonBoundaries() {
    }

    /** The property names of the features (their union, sorted). */
    public static List<String> fields(Path file) {
        TreeSet<String> names = new TreeSet<>();
        for (Object f : features(file, parse(file))) {
            if (f instanceof Map<?, ?> m && m.get("properties") instanceof Map<?, ?> p) {
                p.keySet().forEach(k -> names.add(String.valueOf(k)));
            }
        }
        return List.copyOf(names);
    }

    private static Object parse(Path file) {
        Object doc;
        try {
            long size = Files.size(file);
            if (size > Boundaries.MAX_FILE_BYTES) {
                throw new SpatialException(file + ": " + size + " bytes, more than the limit of " + Boundaries.MAX_FILE_BYTES
                        + " for GeoJSON boundaries (simplify them, or use a shapefile)");
            }
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                doc = new JSONParser().parse(r);
            }
        } catch (IOException e) {
            throw new SpatialException(file + ": cannot read: " + e.getMessage(), e);
        } catch (org.json.simple.parser.ParseException e) {
            throw new SpatialException(file + ": not valid JSON at character " + e.getPosition() + ": " + e, e);
        }
        if (!(doc instanceof Map<?, ?> root) || !"FeatureCollection".equals(root.get("type"))) {
            throw new SpatialException(file + ": expected a GeoJSON FeatureCollection");
        }
        return doc;
    }

    private static List<?> features(Path file, Object doc) {
        if (!(((Map<?, ?>) doc).get("features") instanceof List<?> features)) {
            throw new SpatialException(file + ": the FeatureCollection has no 'features' array");
        }
        return features;
    }

    @SuppressWarnings("unchecked")
    public static Boundaries read(Path file, String idField, String nameField) {
        Map<?, ?> root = (Map<?, ?>) parse(file);
        Crs crs = crs(file, root.get("crs"));
        List<?> features = features(file, root);
        GeoJsonReader reader = new GeoJsonReader();
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            String where = file + ", feature " + (i + 1);
            if (!(features.get(i) instanceof Map<?, ?> f)) {
                throw new SpatialException(where + ": not an object");
            }
            Map<String, Object> props = f.get("properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
            Object id = props.get(idField);
            if (id == null) {
                throw new SpatialException(where + ": no property '" + idField + "' (--id-field); it has: "
                        + String.join(", ", new TreeSet<>(props.keySet())));
            }
            String name = id.toString();
            if (nameField != null) {
                Object nm = props.get(nameField);
                if (nm == null) {
                    throw new SpatialException(where + " (id " + id + "): no property '" + nameField + "' (--name-field)");
                }
                name = nm.toString();
            }
            if (!(f.get("geometry") instanceof Map<?, ?> gm)) {
                throw new SpatialException(where + " (id " + id + "): no geometry");
            }
            Geometry g;
            try {
                g = reader.read(JSONValue.toJSONString(gm));
            } catch (ParseException | RuntimeException e) {
                throw new SpatialException(where + " (id " + id + "): invalid geometry: " + e.getMessage(), e);
            }
            if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
                throw new SpatialException(where + " (id " + id + "): a " + g.getGeometryType() + " is not a polygon");
            }
            regions.add(new Region(idString(id), name, g));
        }
        return new Boundaries(file, crs, regions);
    }

    /** 522601.0 read from JSON as a number is the id 522601. */
    static String idString(Object id) {
        if (id instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return id.toString().strip();
    }

    private static Crs crs(Path file, Object crs) {
        if (crs == null) {
            return Crs.WGS84;
        }
        String name = crs instanceof Map<?, ?> m && m.get("properties") instanceof Map<?, ?> p && p.get("name") != null
                ? p.get("name").toString() : null;
        if (name == null) {
            throw new SpatialException(file + ": the 'crs' member has no properties.name; the CRS is unknown");
        }
        if (name.endsWith("CRS84")) {
            return Crs.WGS84;
        }
        int colon = name.lastIndexOf(':');
        if (name.toUpperCase().contains("EPSG") && colon >= 0) {
            try {
                return Crs.epsg(Integer.parseInt(name.substring(colon + 1)));
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new SpatialException(file + ": unknown CRS '" + name + "' (expected EPSG:code or OGC CRS84)");
    }
}
