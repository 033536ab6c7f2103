package org.landcarbon.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.ResultItem;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.DataTable.IndexKind;
import org.landcarbon.analysis.grey.ClassRatioTest;
import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.analysis.grey.Gm11Accuracy;
import org.landcarbon.analysis.grey.GreyRelational;
import org.landcarbon.analysis.grey.GreyRelational.Normalization;
import org.landcarbon.analysis.grey.internal.GraAnalysis;
import org.landcarbon.analysis.grey.internal.Gm11Analysis;
import org.landcarbon.analysis.grey.internal.Gm11Settings;
import org.landcarbon.analysis.grey.internal.GraSettings;
import org.landcarbon.analysis.landuse.LandUseIndices;
import org.landcarbon.analysis.landuse.internal.LandUseSettings;
import org.landcarbon.analysis.landuse.internal.LandUseStructureAnalysis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The analysis service path against the raw kernels on the same panel (2,850 regions x 40 years x 7
 * classes): land-use structure, grey relational analysis and GM(1,1) per region. {@code kernels} does
 * the arithmetic the three analyses do (same outputs, no result objects); {@code servicePath} runs
 * {@code landuse.structure}, {@code grey.gra} and {@code grey.gm11} through {@link AnalysisRunner}
 * (settings from text, input checks, typed result items with units and provenance). The ratio
 * servicePath / kernels is the overhead of the service layer; the target is at most 1.2. The {@code PanelOrder}
 * pair runs one analysis over every region before the next, as the CLI's {@code --by region} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ServicePathBenchmarks {

    static final String[] CLASS_NAMES = {"cropland", "garden", "forest", "grassland", "water", "unused", "construction"};
    /** The default major categories of landuse.structure, as class indices. */
    private static final int[][] CATEGORIES = {{0, 1, 2, 3, 4}, {6}, {5}};
    private static final int HORIZON = 10;

    private SyntheticPanel panel;
    private DataTable[] gm11Tables;
    private DataTable[] graTables;
    private DataTable[] landUseTables;
    private final Gm11Analysis gm11 = new Gm11Analysis();
    private final GraAnalysis gra = new GraAnalysis();
    private final LandUseStructureAnalysis landUse = new LandUseStructureAnalysis();
    private final Map<String, String> gm11Settings = Map.of("horizon", Integer.toString(HORIZON));
    private final Map<String, String> graSettings = Map.of("reference", "net");
    private final Map<String, String> landUseSettings = Map.of();

    @Setup
    public void setUp() {
        panel = new SyntheticPanel(20261124L);
        int[] years = new int[SyntheticPanel.YEARS];
        for (int y = 0; y < years.length; y++) {
            years[y] = SyntheticPanel.FIRST_YEAR + y;
        }
        int n = SyntheticPanel.REGIONS;
        gm11Tables = new DataTable[n];
        graTables = new DataTable[n];
        landUseTables = new DataTable[n];
        for (int r = 0; r < n; r++) {
            String source = "synthetic region " + r;
            gm11Tables[r] = DataTable.yearly(source, years, "net", "10^4 t C", panel.net[r]);
            List<Column> areas = new ArrayList<>();
            for (int c = 0; c < SyntheticPanel.CLASSES; c++) {
                areas.add(new Column(CLASS_NAMES[c], "km2", panel.area[r][c], source));
            }
            landUseTables[r] = DataTable.ofNumericIndex(source, "year", IndexKind.YEAR, years, null, areas);
            List<Column> withNet = new ArrayList<>();
            withNet.add(new Column("net", "10^4 t C", panel.net[r], source));
            withNet.addAll(areas);
            graTables[r] = DataTable.ofNumericIndex(source, "year", IndexKind.YEAR, years, null, withNet);
        }
    }

    /** The three analyses' arithmetic on every region, with the kernels called directly (region by region). */
    @Benchmark
    public void kernels(Blackhole bh) {
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            landUseKernels(r, bh);
            graKernels(r, bh);
            gm11Kernels(r, bh);
        }
    }

    /** As {@link #kernels}, one analysis over every region and then the next: the order of {@link #servicePathPanelOrder}. */
    @Benchmark
    public void kernelsPanelOrder(Blackhole bh) {
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            landUseKernels(r, bh);
        }
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            graKernels(r, bh);
        }
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            gm11Kernels(r, bh);
        }
    }

    /** Land-use structure: diversity and shares per year, degrees and growth for the whole period, categories. */
    private void landUseKernels(int r, Blackhole bh) {
        int m = SyntheticPanel.CLASSES;
        int n = SyntheticPanel.YEARS;
        double[][] a = panel.area[r];
        double[] diversity = new double[n];
        double[][] shares = new double[m][n];
        double[] areas = new double[m];
        for (int k = 0; k < n; k++) {
            double total = 0;
            for (int i = 0; i < m; i++) {
                areas[i] = a[i][k];
                total += areas[i];
            }
            diversity[k] = LandUseIndices.gibbsMartin(areas);
            for (int i = 0; i < m; i++) {
                shares[i][k] = areas[i] / total * 100;
            }
        }
        double[] start = new double[m];
        double[] end = new double[m];
        double[] single = new double[m];
        double[] growth = new double[m];
        for (int i = 0; i < m; i++) {
            start[i] = a[i][0];
            end[i] = a[i][n - 1];
            single[i] = LandUseIndices.singleDynamicDegree(start[i], end[i], n - 1);
            growth[i] = LandUseIndices.averageAnnualGrowthRate(start[i], end[i], n - 1);
        }
        double[] categoryGrowth = new double[CATEGORIES.length];
        for (int g = 0; g < CATEGORIES.length; g++) {
            double s = 0, e = 0;
            for (int i : CATEGORIES[g]) {
                s += start[i];
                e += end[i];
            }
            categoryGrowth[g] = LandUseIndices.averageAnnualGrowthRate(s, e, n - 1);
        }
        bh.consume(diversity);
        bh.consume(shares);
        bh.consume(single);
        bh.consume(growth);
        bh.consume(categoryGrowth);
        bh.consume(LandUseIndices.comprehensiveDynamicDegree(start, end, n - 1));
    }

    /** Grey relational analysis of the classes with net emission. */
    private void graKernels(int r, Blackhole bh) {
        int m = SyntheticPanel.CLASSES;
        double[][] a = panel.area[r];
        double[] x0 = panel.net[r];
        double[] ref = GreyRelational.normalize(x0, Normalization.INITIAL);
        double[][] xs = new double[m][];
        for (int c = 0; c < m; c++) {
            xs[c] = GreyRelational.normalize(a[c], Normalization.INITIAL);
        }
        double[][] xi = GreyRelational.coefficients(ref, xs, 0.5);
        bh.consume(GreyRelational.degrees(xi, null));
        for (int c = 0; c < m; c++) {
            double abs = GreyRelational.absoluteDegree(x0, a[c]);
            double rel = GreyRelational.relativeDegree(x0, a[c]);
            bh.consume(GreyRelational.syntheticDegree(abs, rel, 0.5));
        }
    }

    /** GM(1,1) with accuracy tests and forecast. */
    private void gm11Kernels(int r, Blackhole bh) {
        double[] x0 = panel.net[r];
        int n = x0.length;
        Gm11 model = Gm11.fit(x0);
        double[] fitted = model.fitted(n);
        bh.consume(Gm11Accuracy.of(x0, fitted, Gm11Accuracy.Conventions.DEFAULT));
        bh.consume(ClassRatioTest.of(x0));
        bh.consume(model.forecast(n, HORIZON));
    }

    /**
     * The same three analyses per region through the registered analyses, as the CLI's {@code --by region}
     * (PanelAnalysis) runs them: the settings text parsed once per panel, then {@code run} per region.
     */
    @Benchmark
    public void servicePath(Blackhole bh) throws Exception {
        Parsed s = parsed();
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            bh.consume(landUse.run(landUseTables[r], s.landUse()));
            bh.consume(gra.run(graTables[r], s.gra()));
            bh.consume(gm11.run(gm11Tables[r], s.gm11()));
        }
    }

    /**
     * As {@link #servicePath} in the order {@code --by region} really has: PanelAnalysis runs one analysis over every
     * region of the panel (a command names one analysis), so each analysis' code stays hot while it runs.
     */
    @Benchmark
    public void servicePathPanelOrder(Blackhole bh) throws Exception {
        Parsed s = parsed();
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            bh.consume(landUse.run(landUseTables[r], s.landUse()));
        }
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            bh.consume(gra.run(graTables[r], s.gra()));
        }
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            bh.consume(gm11.run(gm11Tables[r], s.gm11()));
        }
    }

    /**
     * As {@link #servicePath}, and then every item and note of every result is read, as the JSON, CSV and table
     * writers do: what the deferred items cost when they are all wanted.
     */
    @Benchmark
    public void servicePathReadingEveryItem(Blackhole bh) throws Exception {
        Parsed s = parsed();
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            readAll(landUse.run(landUseTables[r], s.landUse()), bh);
            readAll(gra.run(graTables[r], s.gra()), bh);
            readAll(gm11.run(gm11Tables[r], s.gm11()), bh);
        }
    }

    /** The three analyses' settings, parsed from their text once per panel (as PanelAnalysis does). */
    private record Parsed(LandUseSettings landUse, GraSettings gra, Gm11Settings gm11) {
    }

    private Parsed parsed() throws Exception {
        return new Parsed(SettingsModel.of(LandUseSettings.class).parse(landUseSettings),
                SettingsModel.of(GraSettings.class).parse(graSettings), SettingsModel.of(Gm11Settings.class).parse(gm11Settings));
    }

    private static void readAll(AnalysisResult result, Blackhole bh) {
        for (ResultItem item : result.items()) {
            bh.consume(item);
        }
        bh.consume(result.notes());
        bh.consume(result.settings());
    }

    /** As {@link #servicePath} but with the settings parsed from text for every region ({@link AnalysisRunner}, one region per call). */
    @Benchmark
    public void servicePathParsingSettingsEachRegion(Blackhole bh) throws Exception {
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            bh.consume(AnalysisRunner.run(landUse, landUseTables[r], landUseSettings));
            bh.consume(AnalysisRunner.run(gra, graTables[r], graSettings));
            bh.consume(AnalysisRunner.run(gm11, gm11Tables[r], gm11Settings));
        }
    }
}
