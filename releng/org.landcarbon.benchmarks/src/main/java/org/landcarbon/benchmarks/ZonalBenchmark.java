package org.landcarbon.benchmarks;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.ClassMapping;
import org.landcarbon.spatial.GeoTiffRaster;
import org.landcarbon.spatial.ZonalCalculator;
import org.landcarbon.spatial.ZonalResult;
import org.landcarbon.spatial.ZonalResult.RegionAreas;

/**
 * The zonal benchmark command (a raster pass takes seconds, so this is a timed command rather than
 * JMH): {@code java -Xmx512m -cp benchmarks.jar org.landcarbon.benchmarks.ZonalBenchmark RASTER
 * REGIONS.geojson ID_FIELD [THREADS] [REPEATS] [OUT.json]}. Each repeat opens the raster, reads and
 * reprojects the boundaries and computes the CLCD class areas; the first repeat warms the JIT up,
 * the best of the rest is reported. OUT.json holds {id: {code: area}} like tools/perf/zonal_reference.py.
 */
public final class ZonalBenchmark {

    private ZonalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path raster = Path.of(args[0]), regions = Path.of(args[1]);
        String id = args[2];
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        int repeats = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        ClassMapping clcd = ClassMapping.builtIn("clcd");
        double best = Double.MAX_VALUE;
        ZonalResult last = null;
        long pixels = 0;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
            try (GeoTiffRaster r = GeoTiffRaster.open(raster)) {
                Boundaries b = Boundaries.read(regions, id, null).reproject(r.grid().crs());
                last = new ZonalCalculator(threads).compute(List.of(r), b.regions(), clcd, false);
                pixels = (long) r.grid().width() * r.grid().height();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            // CPU seconds too: on a shared machine the wall time mostly measures the other processes
            System.out.printf(Locale.ROOT, "repeat %d: %.2f s wall, %.2f s CPU%n", i + 1, s, (os.getProcessCpuTime() - c0) / 1e9);
            if (i > 0 || repeats == 1) {
                best = Math.min(best, s);
            }
        }
        System.out.printf(Locale.ROOT, "zonal: %d px, %d regions, %d threads, heap max %d MB: best %.2f s, %.1f Mpx/s%n", pixels,
                last.regions().size(), threads, Runtime.getRuntime().maxMemory() >> 20, best, pixels / best / 1e6);
        if (args.length > 5) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[5]), StandardCharsets.UTF_8))) {
                w.print("{");
                String sep = "";
                for (RegionAreas ra : last.regions()) {
                    w.print(sep + "\"" + ra.region().id() + "\":{\"nodata_pixels\":" + ra.nodataPixels()[0] + ",\"areas\":{");
                    String s2 = "";
                    for (Map.Entry<Integer, String> e : clcd.codes().entrySet()) {
                        double v = ra.areas().get(0).get(e.getValue());
                        if (v != 0) {
                            w.print(s2 + "\"" + e.getKey() + "\":" + v);
                            s2 = ",";
                        }
                    }
                    w.print("}}");
                    sep = ",";
                }
                w.println("}");
            }
        }
    }
}
