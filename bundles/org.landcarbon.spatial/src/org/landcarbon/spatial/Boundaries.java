package org.landcarbon.spatial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.landcarbon.spatial.internal.GeoJsonBoundaries;
import org.landcarbon.spatial.internal.Shapefile;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/** Boundary polygons with ids and names, read from GeoJSON or an ESRI shapefile, in one CRS. */
public record Boundaries(Path source, Crs crs, List<Region> regions) {

    /** Files larger than this are refused before parsing (a GeoJSON tree takes about ten times its size in the heap). */
    public static final long MAX_FILE_BYTES = 100L << 20;

    /**
     * Reads {@code .geojson}/{@code .json} or {@code .shp} (with its .dbf, .prj and optional .cpg).
     * Every geometry must be a valid Polygon or MultiPolygon; ids must be present and unique.
     */
    public static Boundaries read(Path file, String idField, String nameField) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Boundaries b;
        if (n.endsWith(".geojson") || n.endsWith(".json")) {
            b = GeoJsonBoundaries.read(file, idField, nameField);
        } else if (n.endsWith(".shp")) {
            b = Shapefile.read(file, idField, nameField);
        } else {
            throw new SpatialException(file + ": boundaries must be .geojson, .json or .shp");
        }
        Set<String> ids = new HashSet<>();
        for (Region r : b.regions()) {
            if (!ids.add(r.id())) {
                throw new SpatialException(file + ": the id '" + r.id() + "' (field " + idField + ") occurs twice");
            }
            TopologyValidationError err = new IsValidOp(r.geometry()).getValidationError();
            if (err != null) {
                Coordinate c = err.getCoordinate();
                throw new SpatialException(file + ": invalid polygon of region '" + r.id() + "': " + err.getMessage()
                        + (c == null ? "" : " at (" + c.x + ", " + c.y + ")"));
            }
        }
        if (b.regions().isEmpty()) {
            throw new SpatialException(file + ": no polygons");
        }
        return b;
    }

    /** The attribute names of a boundary file's features (sorted for GeoJSON, in table order for a shapefile), to pick the id field from. */
    public static List<String> fields(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new SpatialException(file + ": no such boundaries file");
        }
        if (n.endsWith(".geojson") || n.endsWith(".json")) {
            return GeoJsonBoundaries.fields(file);
        } else if (n.endsWith(".shp")) {
            return Shapefile.fields(file);
        }
        throw new SpatialException(file + ": boundaries must be .geojson, .json or .shp");
    }

    /** These boundaries in another CRS (proj4j, vertex by vertex), or themselves when the CRS is the same. */
    public Boundaries reproject(Crs target) {
        if (crs.sameAs(target)) {
            return this;
        }
        CoordinateTransform t = new CoordinateTransformFactory().createTransform(crs.proj4j(), target.proj4j());
        List<Region> out = new ArrayList<>();
        for (Region r : regions) {
            Geometry g = r.geometry().copy();
            g.apply(new CoordinateSequenceFilter() {
                final ProjCoordinate in = new ProjCoordinate(), res = new ProjCoordinate();

                @Override
                public void filter(CoordinateSequence seq, int i) {
                    in.x = seq.getX(i);
                    in.y = seq.getY(i);
                    t.transform(in, res);
                    if (!Double.isFinite(res.x) || !Double.isFinite(res.y)) {
                        throw new SpatialException(source + ": region '" + r.id() + "': the point (" + in.x + ", " + in.y
                                + ") cannot be projected from " + crs + " to " + target);
                    }
                    seq.setOrdinate(i, 0, res.x);
                    seq.setOrdinate(i, 1, res.y);
                }

                @Override
                public boolean isDone() {
                    return false;
                }

                @Override
                public boolean isGeometryChanged() {
                    return true;
                }
            });
            out.add(new Region(r.id(), r.name(), g));
        }
        return new Boundaries(source, target, out);
    }
}
