package org.landcarbon.spatial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

import org.landcarbon.spatial.internal.PolygonScan;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Zonal class areas and transfer matrices. The raster is cut into windows (a row of tiles, or a
 * band of strips, at most {@link #WINDOW_PIXELS} pixels), processed in parallel on a ForkJoin pool;
 * each window decodes its blocks, walks the pixel-centre spans of the regions that meet it and
 * adds each pixel's area (per row: ellipsoidal for geographic rasters) to the region's class.
 * Heap in use is about threads x windows x 4 bytes x rasters per pass (2 with transfers), plus the
 * per-region histograms.
 */
public final class ZonalCalculator {

    /** Pixels of one window (16 MB of int codes per raster). */
    public static final int WINDOW_PIXELS = 4 << 20;

    /** Told of the work as it goes, and asked whether to stop (a preview's progress bar and Cancel button). */
    public interface Monitor {
        /** The number of windows of the next raster pass. */
        default void pass(int windows) {
        }

        /** One window done; called from the worker threads. */
        default void windowDone() {
        }

        /** True to stop: the computation then throws {@link java.util.concurrent.CancellationException}. */
        default boolean cancelled() {
            return false;
        }
    }

    private static final Monitor SILENT = new Monitor() {
    };

    private final int threads;
    private final Monitor monitor;

    public ZonalCalculator(int threads) {
        this(threads, SILENT);
    }

    public ZonalCalculator(int threads, Monitor monitor) {
        this.threads = Math.max(1, threads);
        this.monitor = monitor == null ? SILENT : monitor;
    }

    public ZonalCalculator() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Areas of each region in each raster, and with {@code transfer} the matrices between
     * consecutive rasters (which must then share one grid). The regions must be in the rasters' CRS.
     */
    public ZonalResult compute(List<GeoTiffRaster> rasters, List<Region> regions, ClassMapping mapping, boolean transfer) {
        int n = rasters.size();
        if (n == 0) {
            throw new SpatialException("no raster given");
        }
        if (transfer) {
            if (n < 2) {
                throw new SpatialException("a transfer matrix needs two rasters or more, got one");
            }
            for (int i = 1; i < n; i++) {
                GridGeometry a = rasters.get(0).grid(), b = rasters.get(i).grid();
                if (!a.sameGrid(b)) {
                    throw new SpatialException("transfer matrices need rasters on the same grid: " + rasters.get(0).path() + " is "
                            + a.describe() + ", " + rasters.get(i).path() + " is " + b.describe());
                }
            }
        }
        List<String> classes = mapping.classes();
        Acc[][] acc = new Acc[regions.size()][n];
        double[][][][] pairs = new double[regions.size()][Math.max(0, n - 1)][][];
        // Passes of one raster, or of a consecutive pair for its transfer matrix.
        for (int k = 0; k < n; k++) {
            if (transfer && k == 0) {
                continue;
            }
            int[] pass = transfer ? new int[] { k - 1, k } : new int[] { k };
            boolean countFirst = !transfer || k == 1;
            run(rasters, pass, countFirst, regions, mapping, acc, pairs);
        }
        return result(rasters, regions, mapping, classes, acc, pairs, transfer, true);
    }

    /**
     * The class areas of each raster for a preview: like {@code compute} without transfer matrices, but codes
     * outside the mapping are left out of the areas instead of failing (they stay in {@code codePixels}, where
     * the caller finds them with their pixel counts), and no overlap gives regions without pixels.
     */
    public ZonalResult survey(List<GeoTiffRaster> rasters, List<Region> regions, ClassMapping mapping) {
        int n = rasters.size();
        if (n == 0) {
            throw new SpatialException("no raster given");
        }
        Acc[][] acc = new Acc[regions.size()][n];
        double[][][][] pairs = new double[regions.size()][0][][];
        for (int k = 0; k < n; k++) {
            run(rasters, new int[] { k }, true, regions, mapping, acc, pairs);
        }
        return result(rasters, regions, mapping, mapping.classes(), acc, pairs, false, false);
    }

    private void run(List<GeoTiffRaster> rasters, int[] pass, boolean countFirst, List<Region> regions, ClassMapping mapping,
            Acc[][] acc, double[][][][] pairs) {
        GeoTiffRaster first = rasters.get(pass[0]);
        GridGeometry grid = first.grid();
        int bandRows, chunkCols;
        if (first.tiled()) {
            bandRows = first.blockHeight();
            chunkCols = Math.max(1, WINDOW_PIXELS / (bandRows * first.blockWidth())) * first.blockWidth();
        } else {
            bandRows = Math.max(1, WINDOW_PIXELS / grid.width() / first.blockHeight()) * first.blockHeight();
            chunkCols = grid.width();
        }
        bandRows = Math.min(bandRows, grid.height());
        chunkCols = Math.min(chunkCols, grid.width());
        List<Zone> zones = new ArrayList<>();
        Envelope extent = new Envelope(0, grid.width(), 0, grid.height());
        for (int r = 0; r < regions.size(); r++) {
            Geometry g = regions.get(r).geometry();
            PolygonScan scan = new PolygonScan(g, grid, bandRows);
            Envelope e = g.getEnvelopeInternal();
            Envelope px = new Envelope(grid.col(e.getMinX()), grid.col(e.getMaxX()), grid.row(e.getMinY()), grid.row(e.getMaxY()));
            if (px.intersects(extent) && scan.maxRow() >= scan.minRow()) {
                zones.add(new Zone(r, scan, (int) Math.max(0, Math.floor(px.getMinX())), (int) Math.min(grid.width(), Math.ceil(px.getMaxX()))));
            }
        }
        int[][] lookup = new int[pass.length][];
        for (int i = 0; i < pass.length; i++) {
            lookup[i] = classLookup(mapping, rasters.get(pass[i]));
        }
        int nClasses = mapping.classes().size();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int row0 = 0; row0 < grid.height(); row0 += bandRows) {
            int rows = Math.min(bandRows, grid.height() - row0);
            for (int col0 = 0; col0 < grid.width(); col0 += chunkCols) {
                int cols = Math.min(chunkCols, grid.width() - col0);
                int r0 = row0, c0 = col0;
                List<Zone> here = zones.stream().filter(z -> z.scan.minRow() < r0 + rows && z.scan.maxRow() >= r0
                        && z.colFrom < c0 + cols && z.colTo > c0).toList();
                if (!here.isEmpty()) {
                    tasks.add(() -> {
                        if (monitor.cancelled()) {
                            throw new java.util.concurrent.CancellationException("cancelled");
                        }
                        window(rasters, pass, countFirst, grid, r0, rows, c0, cols, here, lookup, nClasses, acc, pairs);
                        monitor.windowDone();
                        return null;
                    });
                }
            }
        }
        monitor.pass(tasks.size());
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new SpatialException(String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpatialException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Zone(int index, PolygonScan scan, int colFrom, int colTo) {
    }

    /** Code -> class index; -1 for nodata or a code outside the mapping. */
    private static int[] classLookup(ClassMapping mapping, GeoTiffRaster raster) {
        int[] l = new int[1 << raster.bitsPerSample()];
        java.util.Arrays.fill(l, -1);
        List<String> classes = mapping.classes();
        mapping.codes().forEach((code, cls) -> {
            if (code < l.length) {
                l[code] = classes.indexOf(cls);
            }
        });
        if (raster.nodata() != null) {
            l[raster.nodata()] = -1;
        }
        return l;
    }

    private static void window(List<GeoTiffRaster> rasters, int[] pass, boolean countFirst, GridGeometry grid, int row0, int rows,
            int col0, int cols, List<Zone> zones, int[][] lookup, int nClasses, Acc[][] acc, double[][][][] pairs) {
        int m = pass.length;
        int[][] buf = new int[m][rows * cols];
        for (int i = 0; i < m; i++) {
            rasters.get(pass[i]).readWindow(row0, rows, col0, cols, buf[i]);
        }
        int[] nodata = new int[m];
        for (int i = 0; i < m; i++) {
            Integer nd = rasters.get(pass[i]).nodata();
            nodata[i] = nd == null ? -1 : nd;
        }
        double[] rowArea = new double[rows];
        for (int r = 0; r < rows; r++) {
            rowArea[r] = grid.pixelArea(row0 + r);
        }
        PolygonScan.Scratch scratch = new PolygonScan.Scratch();
        int size0 = 1 << rasters.get(pass[0]).bitsPerSample();
        int sizeLast = 1 << rasters.get(pass[m - 1]).bitsPerSample();
        for (Zone z : zones) {
            double[] area0 = countFirst ? new double[size0] : null;
            long[] count0 = countFirst ? new long[size0] : null;
            double[] areaL = m == 2 ? new double[sizeLast] : null;
            long[] countL = m == 2 ? new long[sizeLast] : null;
            double[] pair = m == 2 ? new double[nClasses * nClasses] : null;
            long nd0 = 0, ndL = 0;
            int[] b0 = buf[0], bL = buf[m - 1];
            int[] l0 = lookup[0], lL = lookup[m - 1];
            int nodata0 = nodata[0], nodataL = nodata[m - 1];
            boolean any = false;
            for (int r = Math.max(row0, z.scan.minRow()), end = Math.min(row0 + rows - 1, z.scan.maxRow()); r <= end; r++) {
                int w = z.scan.spans(r, col0, col0 + cols, scratch);
                if (w == 0) {
                    continue;
                }
                any = true;
                double a = rowArea[r - row0];
                int[] s = scratch.spans;
                int base = (r - row0) * cols - col0;
                for (int k = 0; k < w; k += 2) {
                    for (int p = base + s[k], pe = base + s[k + 1]; p < pe; p++) {
                        int c0 = b0[p];
                        if (countFirst) {
                            if (c0 == nodata0) {
                                nd0++;
                            } else {
                                area0[c0] += a;
                                count0[c0]++;
                            }
                        }
                        if (m == 2) {
                            int cL = bL[p];
                            if (cL == nodataL) {
                                ndL++;
                            } else {
                                areaL[cL] += a;
                                countL[cL]++;
                            }
                            int f = l0[c0], t = lL[cL];
                            if (f >= 0 && t >= 0) {
                                pair[f * nClasses + t] += a;
                            }
                        }
                    }
                }
            }
            if (!any) {
                continue;
            }
            synchronized (acc[z.index]) {
                if (countFirst) {
                    merge(acc[z.index], pass[0], area0, count0, nd0);
                }
                if (m == 2) {
                    merge(acc[z.index], pass[1], areaL, countL, ndL);
                    double[][] into = pairs[z.index][pass[0]];
                    if (into == null) {
                        into = pairs[z.index][pass[0]] = new double[nClasses][nClasses];
                    }
                    for (int i = 0; i < pair.length; i++) {
                        into[i / nClasses][i % nClasses] += pair[i];
                    }
                }
            }
        }
    }

    private static void merge(Acc[] accs, int raster, double[] area, long[] count, long nodata) {
        Acc a = accs[raster];
        if (a == null) {
            a = accs[raster] = new Acc();
        }
        a.nodata += nodata;
        for (int c = 0; c < count.length; c++) {
            if (count[c] != 0) {
                a.area.merge(c, area[c], Double::sum);
                a.count.merge(c, count[c], Long::sum);
            }
        }
    }

    /** One region's sums for one raster: code -> area, code -> pixels, nodata pixels. */
    private static final class Acc {
        final Map<Integer, Double> area = new HashMap<>();
        final Map<Integer, Long> count = new HashMap<>();
        long nodata;
    }

    private static ZonalResult result(List<GeoTiffRaster> rasters, List<Region> regions, ClassMapping mapping, List<String> classes,
            Acc[][] acc, double[][][][] pairs, boolean transfer, boolean strict) {
        int n = rasters.size();
        boolean anyPixel = false;
        // Unmapped codes inside the regions, per raster, with their pixel counts.
        List<String> problems = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Map<Integer, Long> unmapped = new TreeMap<>();
            for (Acc[] a : acc) {
                if (a[k] != null) {
                    anyPixel |= !a[k].count.isEmpty() || a[k].nodata > 0;
                    a[k].count.forEach((code, c) -> {
                        if (mapping.classOf(code) == null) {
                            unmapped.merge(code, c, Long::sum);
                        }
                    });
                }
            }
            if (!unmapped.isEmpty()) {
                StringBuilder sb = new StringBuilder(rasters.get(k).path() + ": codes not in the mapping '" + mapping.name() + "':");
                unmapped.forEach((code, c) -> sb.append(" ").append(code).append(" (").append(c).append(" px)"));
                problems.add(sb.toString());
            }
        }
        if (strict && !problems.isEmpty()) {
            throw new SpatialException(String.join("\n", problems)
                    + "\n(map them with --classes MAPPING.csv, or declare the nodata value in the raster's GDAL_NODATA tag)");
        }
        if (strict && !anyPixel) {
            throw new SpatialException("no overlap: no pixel centre of " + rasters.get(0).path() + " (" + rasters.get(0).grid().describe()
                    + ") lies inside any of the " + regions.size() + " polygons");
        }
        List<ZonalResult.RegionAreas> out = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            List<Map<String, Double>> areas = new ArrayList<>();
            List<Map<Integer, Long>> codes = new ArrayList<>();
            long[] nodata = new long[n];
            for (int k = 0; k < n; k++) {
                Map<String, Double> m = new LinkedHashMap<>();
                classes.forEach(c -> m.put(c, 0.0));
                Acc a = acc[r][k];
                if (a != null) {
                    a.area.forEach((code, v) -> {
                        if (mapping.classOf(code) != null) { // only a survey gets here with unmapped codes
                            m.merge(mapping.classOf(code), v, Double::sum);
                        }
                    });
                    nodata[k] = a.nodata;
                }
                areas.add(m);
                codes.add(a == null ? Map.of() : new TreeMap<>(a.count));
            }
            List<double[][]> t = new ArrayList<>();
            if (transfer) {
                for (int k = 0; k + 1 < n; k++) {
                    double[][] p = pairs[r][k];
                    t.add(p == null ? new double[classes.size()][classes.size()] : p);
                }
            }
            out.add(new ZonalResult.RegionAreas(regions.get(r), areas, codes, nodata, t, outside(regions.get(r), rasters.get(0).grid())));
        }
        return new ZonalResult(classes, out);
    }

    static double outside(Region region, GridGeometry grid) {
        Geometry g = region.geometry();
        double total = g.getArea();
        if (total == 0) {
            return 0;
        }
        Envelope ext = new Envelope(grid.x0(), grid.x0() + grid.width() * grid.dx(), grid.y0() - grid.height() * grid.dy(), grid.y0());
        if (ext.contains(g.getEnvelopeInternal())) {
            return 0;
        }
        Geometry inside = g.intersection(g.getFactory().toGeometry(ext));
        return Math.max(0, 1 - inside.getArea() / total);
    }
}
