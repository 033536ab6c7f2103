package org.landcarbon.spatial.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.Crs;
import org.landcarbon.spatial.Region;
import org.landcarbon.spatial.SpatialException;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A strict reader of ESRI shapefiles (ESRI Shapefile Technical Description, 1998) holding
 * Polygon, PolygonZ or PolygonM shapes, with dBASE III attributes (.dbf) and the CRS from the
 * .prj WKT. Rings: clockwise outer rings, counter-clockwise holes, each hole given to the outer
 * ring that contains it. Attribute text: the .cpg code page if present, else UTF-8 if it decodes,
 * else GBK (Chinese shapefiles are often GBK without a .cpg).
 */
public final class Shapefile {

    private static final GeometryFactory GF = new GeometryFactory();

    private Shapefile() {
    }

    /** The attribute names of the .dbf table, in its order. */
    public static List<String> fields(Path shp) {
        String base = shp.toString().substring(0, shp.toString().length() - 4);
        Path dbf = sibling(base, ".dbf");
        if (dbf == null) {
            throw new SpatialException(shp + ": the attribute file " + base + ".dbf is missing");
        }
        try {
            return Dbf.fieldNames(dbf);
        } catch (IOException e) {
            throw new SpatialException(dbf + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static Boundaries read(Path shp, String idField, String nameField) {
        String base = shp.toString().substring(0, shp.toString().length() - 4);
        Path dbf = sibling(base, ".dbf"), prj = sibling(base, ".prj"), cpg = sibling(base, ".cpg");
        if (dbf == null) {
            throw new SpatialException(shp + ": the attribute file " + base + ".dbf is missing");
        }
        if (prj == null) {
            throw new SpatialException(shp + ": the CRS is unknown: no " + base + ".prj file");
        }
        try {
            Crs crs = Wkt.crs(Files.readString(prj, StandardCharsets.ISO_8859_1), prj.toString());
            List<Geometry> shapes = shapes(shp);
            List<Map<String, String>> rows = Dbf.read(dbf, charset(cpg));
            if (rows.size() != shapes.size()) {
                throw new SpatialException(shp + ": " + shapes.size() + " shapes but " + rows.size() + " records in " + dbf);
            }
            List<Region> regions = new ArrayList<>();
            for (int i = 0; i < shapes.size(); i++) {
                Map<String, String> row = rows.get(i);
                String id = row.get(idField);
                if (id == null) {
                    throw new SpatialException(dbf + ": no field '" + idField + "' (--id-field); the fields are: " + String.join(", ", row.keySet()));
                }
                if (id.isEmpty()) {
                    throw new SpatialException(dbf + ", record " + (i + 1) + ", field " + idField + ": empty id");
                }
                String name = id;
                if (nameField != null) {
                    name = row.get(nameField);
                    if (name == null) {
                        throw new SpatialException(dbf + ": no field '" + nameField + "' (--name-field); the fields are: "
                                + String.join(", ", row.keySet()));
                    }
                }
                regions.add(new Region(id, name, shapes.get(i)));
            }
            return new Boundaries(shp, crs, regions);
        } catch (IOException e) {
            throw new SpatialException(shp + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Path sibling(String base, String ext) {
        for (String e : new String[] { ext, ext.toUpperCase() }) {
            Path p = Path.of(base + e);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static Charset charset(Path cpg) throws IOException {
        if (cpg == null) {
            return null;
        }
        String name = Files.readString(cpg, StandardCharsets.US_ASCII).strip();
        try {
            return Charset.forName(name.equals("936") ? "GBK" : name);
        } catch (RuntimeException e) {
            throw new SpatialException(cpg + ": unknown code page '" + name + "'");
        }
    }

    static String decode(byte[] b, int off, int len, Charset cs) {
        if (cs != null) {
            return new String(b, off, len, cs);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, off, len, Charset.forName("GBK"));
        }
    }

    private static List<Geometry> shapes(Path shp) throws IOException {
        long size = Files.size(shp);
        if (size > Boundaries.MAX_FILE_BYTES * 10) {
            throw new SpatialException(shp + ": " + size + " bytes, more than the limit of " + Boundaries.MAX_FILE_BYTES * 10);
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(shp));
        if (size < 100 || b.order(ByteOrder.BIG_ENDIAN).getInt(0) != 9994) {
            throw new SpatialException(shp + ": not a shapefile (file code 9994 missing)");
        }
        int type = b.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
        if (type != 5 && type != 15 && type != 25) {
            throw new SpatialException(shp + ": shape type " + type + "; only polygons (5, 15 PolygonZ, 25 PolygonM) are boundaries");
        }
        List<Geometry> out = new ArrayList<>();
        int p = 100;
        while (p + 8 <= size) {
            int recNo = b.order(ByteOrder.BIG_ENDIAN).getInt(p);
            long len = 2L * b.getInt(p + 4);
            int start = p + 8;
            if (len < 4 || start + len > size) {
                throw new SpatialException(shp + ": record " + recNo + " at byte " + p + " runs past the end of the file");
            }
            b.order(ByteOrder.LITTLE_ENDIAN);
            int st = b.getInt(start);
            String where = shp + ", record " + recNo;
            if (st == 0) {
                throw new SpatialException(where + ": null shape (no geometry)");
            }
            if (st != type) {
                throw new SpatialException(where + ": shape type " + st + " in a file of type " + type);
            }
            int parts = b.getInt(start + 36), points = b.getInt(start + 40);
            if (parts <= 0 || points < 4 || 44L + 4L * parts + 16L * points > len) {
                throw new SpatialException(where + ": " + parts + " parts and " + points + " points do not fit its " + len + " bytes");
            }
            int[] idx = new int[parts + 1];
            for (int i = 0; i < parts; i++) {
                idx[i] = b.getInt(start + 44 + 4 * i);
            }
            idx[parts] = points;
            int pts = start + 44 + 4 * parts;
            List<LinearRing> shells = new ArrayList<>(), holes = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                if (idx[i] < 0 || idx[i + 1] <= idx[i] || idx[i + 1] > points) {
                    throw new SpatialException(where + ": part " + (i + 1) + " has invalid point indices");
                }
                Coordinate[] c = new Coordinate[idx[i + 1] - idx[i]];
                for (int k = 0; k < c.length; k++) {
                    int q = pts + 16 * (idx[i] + k);
                    c[k] = new Coordinate(b.getDouble(q), b.getDouble(q + 8));
                }
                if (c.length < 4 || !c[0].equals2D(c[c.length - 1])) {
                    throw new SpatialException(where + ": ring " + (i + 1) + " is not closed or has fewer than 4 points");
                }
                LinearRing ring = GF.createLinearRing(c);
                (Orientation.isCCW(c) ? holes : shells).add(ring);
            }
            out.add(polygon(shells, holes, where));
            p = (int) (start + len);
        }
        return out;
    }

    private static Geometry polygon(List<LinearRing> shells, List<LinearRing> holes, String where) {
        if (shells.isEmpty()) {
            throw new SpatialException(where + ": no clockwise outer ring (only holes)");
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        List<Polygon> shellPolys = new ArrayList<>();
        for (LinearRing s : shells) {
            shellPolys.add(GF.createPolygon(s));
            holesOf.add(new ArrayList<>());
        }
        for (LinearRing h : holes) {
            int owner = -1;
            for (int i = 0; i < shellPolys.size() && owner < 0; i++) {
                if (shellPolys.get(i).contains(GF.createPolygon(h).getInteriorPoint())) {
                    owner = i;
                }
            }
            if (owner < 0) {
                throw new SpatialException(where + ": a hole (counter-clockwise ring) lies in no outer ring");
            }
            holesOf.get(owner).add(h);
        }
        Polygon[] polys = new Polygon[shells.size()];
        for (int i = 0; i < polys.length; i++) {
            polys[i] = GF.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return polys.length == 1 ? polys[0] : GF.createMultiPolygon(polys);
    }
}
