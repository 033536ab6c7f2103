package org.landcarbon.spatial.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.landcarbon.spatial.GridGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Scanline rasterisation of a polygon or multipolygon by the pixel-centre rule (a pixel belongs
 * to the region when its centre is inside; ArcGIS Tabulate Area's rule): for the centre line
 * y = row + 0.5 in pixel space the crossings of all ring edges are sorted and taken in pairs
 * (even-odd), so holes and the parts of a multipolygon need no special case. An edge counts for
 * ymin <= y < ymax, so a vertex on the scanline is crossed once. Edges are bucketed by row band
 * so that a row looks only at the edges near it.
 */
public final class PolygonScan {

    private final int width, height, bandRows;
    /** Per band: edges as {ya, yb, xa, slope} (ya < yb), flattened. */
    private final double[][] bands;
    private final int[] bandEdgeCounts;
    private final int minRow, maxRow;

    public PolygonScan(Geometry g, GridGeometry grid, int bandRows) {
        this.width = grid.width();
        this.height = grid.height();
        this.bandRows = bandRows;
        List<double[]> edges = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            addRing(p.getExteriorRing(), grid, edges);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                addRing(p.getInteriorRingN(h), grid, edges);
            }
        }
        double ymin = Double.MAX_VALUE, ymax = -Double.MAX_VALUE;
        for (double[] e : edges) {
            ymin = Math.min(ymin, e[0]);
            ymax = Math.max(ymax, e[1]);
        }
        // Rows whose centre line can meet an edge: row + 0.5 in [ymin, ymax).
        minRow = edges.isEmpty() ? 0 : (int) Math.max(0, Math.ceil(ymin - 0.5));
        maxRow = edges.isEmpty() ? -1 : (int) Math.min(height - 1, Math.ceil(ymax - 0.5) - 1);
        int nb = (height + bandRows - 1) / bandRows;
        int[] counts = new int[nb];
        for (double[] e : edges) {
            for (int b = firstBand(e), last = lastBand(e); b <= last; b++) {
                counts[b]++;
            }
        }
        bands = new double[nb][];
        for (int b = 0; b < nb; b++) {
            bands[b] = counts[b] == 0 ? null : new double[counts[b] * 4];
        }
        bandEdgeCounts = new int[nb];
        for (double[] e : edges) {
            for (int b = firstBand(e), last = lastBand(e); b <= last; b++) {
                System.arraycopy(e, 0, bands[b], 4 * bandEdgeCounts[b]++, 4);
            }
        }
    }

    private int firstBand(double[] e) {
        return (int) Math.max(0, Math.ceil(e[0] - 0.5)) / bandRows;
    }

    private int lastBand(double[] e) {
        long last = (long) Math.ceil(e[1] - 0.5) - 1;
        return (int) (Math.min(height - 1, Math.max(last, 0)) / bandRows);
    }

    private static void addRing(LineString ring, GridGeometry grid, List<double[]> edges) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            double xa = grid.col(c[i].x), ya = grid.row(c[i].y), xb = grid.col(c[i + 1].x), yb = grid.row(c[i + 1].y);
            if (ya == yb) {
                continue; // horizontal edges never cross a centre line
            }
            if (ya > yb) {
                double t = ya; ya = yb; yb = t;
                t = xa; xa = xb; xb = t;
            }
            edges.add(new double[] { ya, yb, xa, (xb - xa) / (yb - ya) });
        }
    }

    /** The first row any pixel centre of the polygon can lie on (clipped to the grid). */
    public int minRow() {
        return minRow;
    }

    /** The last such row, or minRow - 1 when the polygon misses the grid's rows. */
    public int maxRow() {
        return maxRow;
    }

    /**
     * The spans of this row as column pairs [from, to) clipped to [colFrom, colTo), written to
     * {@code s.spans}; returns how many ints were written (2 per span).
     */
    public int spans(int row, int colFrom, int colTo, Scratch s) {
        double[] band = bands[row / bandRows];
        if (band == null || row < minRow || row > maxRow) {
            return 0;
        }
        int n = bandEdgeCounts[row / bandRows];
        double y = row + 0.5;
        if (s.xs.length < n) {
            s.xs = new double[n];
            s.spans = new int[n + 2];
        }
        double[] x = s.xs;
        int[] out = s.spans;
        int k = 0;
        for (int i = 0; i < n; i++) {
            int p = 4 * i;
            if (band[p] <= y && y < band[p + 1]) {
                x[k++] = band[p + 2] + (y - band[p]) * band[p + 3];
            }
        }
        if (k < 2) {
            return 0;
        }
        Arrays.sort(x, 0, k);
        int w = 0;
        for (int i = 0; i + 1 < k; i += 2) {
            // centres c + 0.5 in [x_i, x_i+1)  <=>  c in [ceil(x_i - 0.5), ceil(x_i+1 - 0.5))
            long from = (long) Math.ceil(x[i] - 0.5), to = (long) Math.ceil(x[i + 1] - 0.5);
            from = Math.max(from, colFrom);
            to = Math.min(to, colTo);
            if (from < to) {
                out[w++] = (int) from;
                out[w++] = (int) to;
            }
        }
        return w;
    }

    public int width() {
        return width;
    }

    /** Per-thread scratch space of {@link #spans}. */
    public static final class Scratch {
        double[] xs = new double[64];
        public int[] spans = new int[66];
    }
}
