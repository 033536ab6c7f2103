package org.landcarbon.spatial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Contiguity between boundary polygons, as PySAL/GeoDa define it: <b>queen</b> neighbours share at least one
 * vertex, <b>rook</b> neighbours at least one edge (two consecutive vertices of one polygon that are consecutive
 * vertices of the other). Vertices within {@code tolerance} (in the boundaries' CRS units, e.g. degrees) are the
 * same point, which absorbs the rounding of digitised borders; 0 asks for identical coordinates. Vertices are
 * found through a JTS {@link STRtree}, so the cost is about V log V for V vertices.
 * <p>
 * A vertex of one polygon lying on the middle of an edge of the other (a T-junction without a shared vertex) is
 * not a contact, as in PySAL: borders taken from one topological coverage (a shapefile of counties) share their
 * vertices.
 */
public final class Contiguity {

    public enum Rule {
        QUEEN, ROOK
    }

    /** At most this many vertices (about 100 bytes each in the index). */
    public static final int MAX_VERTICES = 20_000_000;

    private Contiguity() {
    }

    /** Region id -> the ids of its neighbours (sorted), every region present, in the order of {@code regions}. */
    public static Map<String, TreeSet<String>> neighbours(List<Region> regions, Rule rule, double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new SpatialException("the snapping tolerance must be a finite distance >= 0, got " + tolerance);
        }
        List<List<Coordinate[]>> rings = new ArrayList<>();
        long count = 0;
        for (Region r : regions) {
            List<Coordinate[]> own = rings(r.geometry());
            for (Coordinate[] ring : own) {
                count += ring.length;
            }
            if (count > MAX_VERTICES) {
                throw new SpatialException("the boundaries have more than " + MAX_VERTICES + " vertices; simplify them first");
            }
            rings.add(own);
        }
        STRtree index = new STRtree();
        for (int i = 0; i < rings.size(); i++) {
            for (int k = 0; k < rings.get(i).size(); k++) {
                Coordinate[] ring = rings.get(i).get(k);
                for (int v = 0; v < ring.length; v++) {
                    index.insert(new Envelope(ring[v]), new int[] {i, k, v});
                }
            }
        }
        Map<String, TreeSet<String>> out = new LinkedHashMap<>();
        regions.forEach(r -> out.put(r.id(), new TreeSet<>()));
        for (int i = 0; i < rings.size(); i++) {
            for (int k = 0; k < rings.get(i).size(); k++) {
                Coordinate[] ring = rings.get(i).get(k);
                for (int v = 0; v < ring.length; v++) {
                    Envelope near = new Envelope(ring[v]);
                    near.expandBy(tolerance);
                    for (Object hit : index.query(near)) {
                        int[] w = (int[]) hit;
                        int j = w[0];
                        if (j == i || out.get(regions.get(i).id()).contains(regions.get(j).id())
                                || ring[v].distance(rings.get(j).get(w[1])[w[2]]) > tolerance) {
                            continue;
                        }
                        if (rule == Rule.QUEEN || sharesEdge(ring, v, rings.get(j).get(w[1]), w[2], tolerance)) {
                            out.get(regions.get(i).id()).add(regions.get(j).id());
                            out.get(regions.get(j).id()).add(regions.get(i).id());
                        }
                    }
                }
            }
        }
        return out;
    }

    // Vertex v of ring a is vertex w of ring b: is a's next vertex b's previous or next one?
    private static boolean sharesEdge(Coordinate[] a, int v, Coordinate[] b, int w, double tolerance) {
        Coordinate next = a[(v + 1) % a.length];
        return next.distance(b[(w + 1) % b.length]) <= tolerance || next.distance(b[(w - 1 + b.length) % b.length]) <= tolerance;
    }

    // Every ring of a (multi)polygon without its closing vertex.
    private static List<Coordinate[]> rings(Geometry g) {
        List<Coordinate[]> out = new ArrayList<>();
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon poly = (Polygon) g.getGeometryN(p);
            out.add(open(poly.getExteriorRing()));
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                out.add(open(poly.getInteriorRingN(h)));
            }
        }
        return out;
    }

    private static Coordinate[] open(LinearRing ring) {
        Coordinate[] c = ring.getCoordinates();
        return java.util.Arrays.copyOf(c, c.length - 1);
    }
}
