package org.landcarbon.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.DataTable.IndexKind;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.grey.internal.GraAnalysis;
import org.landcarbon.analysis.grey.internal.Gm11Analysis;
import org.landcarbon.analysis.grey.internal.Gm11Settings;
import org.landcarbon.analysis.grey.internal.GraSettings;
import org.landcarbon.analysis.landuse.internal.LandUseSettings;
import org.landcarbon.analysis.landuse.internal.LandUseStructureAnalysis;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.ResultItem;

/**
 * The memory target of issue 17: a SYNTHETIC 3,000-region x 40-year x 10-class panel (plus a net series) held
 * as the CLI's {@code --by region} holds it (one table of primitive columns per region), the three panel
 * analyses run on every region with all results kept until written (as PanelAnalysis keeps its outcomes), then
 * every item of every result read, as the writers do. Run it with {@code -Xmx512m}; it prints the peak heap
 * (sum of the heap pools' peaks), the heap still in use after a GC with every result held, and exits 1 if the
 * heap ran out.
 *
 * <pre>java -Xmx512m -cp releng/org.landcarbon.benchmarks/target/benchmarks.jar org.landcarbon.benchmarks.PanelMemoryCheck</pre>
 */
public final class PanelMemoryCheck {

    static final int REGIONS = 3000;
    static final int YEARS = 40;
    static final int CLASSES = 10;

    private PanelMemoryCheck() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        List<DataTable> areas = new ArrayList<>(REGIONS);
        List<DataTable> withNet = new ArrayList<>(REGIONS);
        List<DataTable> nets = new ArrayList<>(REGIONS);
        SplittableRandom random = new SplittableRandom(20261203L);
        int[] years = new int[YEARS];
        for (int y = 0; y < YEARS; y++) {
            years[y] = 1985 + y;
        }
        for (int r = 0; r < REGIONS; r++) {
            String source = "synthetic panel.csv region r" + r;
            List<Column> cols = new ArrayList<>(CLASSES);
            for (int c = 0; c < CLASSES; c++) {
                double[] v = new double[YEARS];
                double a = 10 + random.nextDouble() * 1000;
                double g = 0.03 * (random.nextDouble() - 0.5);
                for (int y = 0; y < YEARS; y++) {
                    v[y] = a;
                    a *= 1 + g + 0.01 * (random.nextDouble() - 0.5);
                }
                cols.add(new Column("c" + c, "km2", v, source + " column c" + c));
            }
            double[] net = new double[YEARS];
            double e = 50 + random.nextDouble() * 950;
            double growth = 0.01 + random.nextDouble() * 0.05;
            for (int y = 0; y < YEARS; y++) {
                net[y] = e * (1 + 0.08 * (random.nextDouble() - 0.5));
                e *= 1 + growth;
            }
            Column netColumn = new Column("net", "10^4 t C", net, source + " column net");
            areas.add(DataTable.ofNumericIndex(source, "year", IndexKind.YEAR, years, null, cols));
            List<Column> all = new ArrayList<>(cols);
            all.add(0, netColumn);
            withNet.add(DataTable.ofNumericIndex(source, "year", IndexKind.YEAR, years, null, all));
            nets.add(DataTable.ofNumericIndex(source, "year", IndexKind.YEAR, years, null, List.of(netColumn)));
        }
        LandUseStructureAnalysis landUse = new LandUseStructureAnalysis();
        GraAnalysis gra = new GraAnalysis();
        Gm11Analysis gm11 = new Gm11Analysis();
        LandUseSettings l = SettingsModel.of(LandUseSettings.class).parse(java.util.Map.of());
        GraSettings g = SettingsModel.of(GraSettings.class).parse(java.util.Map.of("reference", "net"));
        Gm11Settings m = SettingsModel.of(Gm11Settings.class).parse(java.util.Map.of("horizon", "10"));
        List<AnalysisResult> results = new ArrayList<>(3 * REGIONS);
        try {
            for (int r = 0; r < REGIONS; r++) {
                results.add(landUse.run(areas.get(r), l));
                results.add(gra.run(withNet.get(r), g));
                results.add(gm11.run(nets.get(r), m));
            }
            long items = 0;
            double checksum = 0;
            for (AnalysisResult result : results) { // every item built and kept, as after writing all regions
                for (ResultItem item : result.items()) {
                    items++;
                    checksum += item.key().length();
                }
            }
            long heap = peakHeap();
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("panel %d regions x %d years x %d classes: %d results, %d items (checksum %.0f), %.1f s%n", REGIONS, YEARS,
                    CLASSES, results.size(), items, checksum, (System.nanoTime() - start) / 1e9);
            System.out.printf("peak heap %.1f MiB (sum of the heap pools' peaks, an upper bound), %.1f MiB live after GC with every result"
                    + " held, max heap %.1f MiB%n", heap / 1048576.0, live / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
            if (results.size() != 3 * REGIONS) {
                throw new IllegalStateException("not every region has its results");
            }
        } catch (OutOfMemoryError e) {
            int done = results.size();
            results.clear();
            System.out.println("OutOfMemoryError after " + done + " results: the panel does not fit in -Xmx"
                    + Runtime.getRuntime().maxMemory() / 1048576 + "m");
            System.exit(1);
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
