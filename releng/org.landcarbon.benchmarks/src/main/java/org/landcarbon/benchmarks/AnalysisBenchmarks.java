package org.landcarbon.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.grey.ClassRatioTest;
import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.analysis.grey.Gm11Accuracy;
import org.landcarbon.analysis.grey.GreyRelational;
import org.landcarbon.analysis.grey.GreyRelational.Normalization;
import org.landcarbon.analysis.grey.internal.Gm11Analysis;
import org.landcarbon.analysis.landuse.LandUseIndices;
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
 * Each benchmark runs one analysis over the whole synthetic panel: 2,850 regions x 40 years x 7
 * classes. Times are per panel (all regions), in milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnalysisBenchmarks {

    private static final int[] PERIODS = {0, 13, 13, 26, 0, 39};

    private SyntheticPanel panel;
    private double[][] normalizedAreaScratch;
    private DataTable[] tables;
    private final Gm11Analysis gm11Analysis = new Gm11Analysis();

    @Setup
    public void setUp() {
        panel = new SyntheticPanel(20261124L);
        normalizedAreaScratch = new double[SyntheticPanel.CLASSES][];
        int[] years = new int[SyntheticPanel.YEARS];
        for (int y = 0; y < years.length; y++) {
            years[y] = SyntheticPanel.FIRST_YEAR + y;
        }
        tables = new DataTable[SyntheticPanel.REGIONS];
        for (int r = 0; r < tables.length; r++) {
            tables[r] = DataTable.yearly("synthetic region " + r, years, "net", "10^4 t C", panel.net[r]);
        }
    }

    /** GM(1,1) fit, fitted values, residuals, MAPE, C, P, grade, class-ratio test and a 10-year forecast per region. */
    @Benchmark
    public void gm11WithAccuracyTests(Blackhole bh) {
        for (double[] x0 : panel.net) {
            Gm11 m = Gm11.fit(x0);
            double[] fitted = m.fitted(x0.length);
            Gm11Accuracy acc = Gm11Accuracy.of(x0, fitted, Gm11Accuracy.Conventions.DEFAULT);
            bh.consume(acc);
            bh.consume(ClassRatioTest.of(x0));
            bh.consume(m.forecast(x0.length, 10));
        }
    }

    /** The same through the registered analysis (input checks, typed result items with provenance text). */
    @Benchmark
    public void gm11AnalysisResults(Blackhole bh) throws Exception {
        Map<String, String> settings = Map.of("horizon", "10");
        for (DataTable t : tables) {
            bh.consume(AnalysisRunner.run(gm11Analysis, t, settings));
        }
    }

    /** Deng's degree (initial-value transform, rho 0.5) of the 7 class areas with net emission, plus absolute, relative and synthetic degrees. */
    @Benchmark
    public void greyRelationalAnalysis(Blackhole bh) {
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            double[] ref = GreyRelational.normalize(panel.net[r], Normalization.INITIAL);
            double[][] areas = panel.area[r];
            for (int c = 0; c < SyntheticPanel.CLASSES; c++) {
                normalizedAreaScratch[c] = GreyRelational.normalize(areas[c], Normalization.INITIAL);
            }
            double[][] xi = GreyRelational.coefficients(ref, normalizedAreaScratch, 0.5);
            bh.consume(GreyRelational.degrees(xi, null));
            for (int c = 0; c < SyntheticPanel.CLASSES; c++) {
                double abs = GreyRelational.absoluteDegree(panel.net[r], areas[c]);
                double rel = GreyRelational.relativeDegree(panel.net[r], areas[c]);
                bh.consume(GreyRelational.syntheticDegree(abs, rel, 0.5));
            }
        }
    }

    /** Gibbs-Martin per year, single dynamic degree and growth rate per class and comprehensive dynamic degree for 3 periods. */
    @Benchmark
    public void landUseIndices(Blackhole bh) {
        double[] areas = new double[SyntheticPanel.CLASSES];
        double[] start = new double[SyntheticPanel.CLASSES];
        double[] end = new double[SyntheticPanel.CLASSES];
        for (int r = 0; r < SyntheticPanel.REGIONS; r++) {
            double[][] a = panel.area[r];
            for (int y = 0; y < SyntheticPanel.YEARS; y++) {
                for (int c = 0; c < SyntheticPanel.CLASSES; c++) {
                    areas[c] = a[c][y];
                }
                bh.consume(LandUseIndices.gibbsMartin(areas));
            }
            for (int p = 0; p < PERIODS.length; p += 2) {
                int y0 = PERIODS[p];
                int y1 = PERIODS[p + 1];
                for (int c = 0; c < SyntheticPanel.CLASSES; c++) {
                    start[c] = a[c][y0];
                    end[c] = a[c][y1];
                    bh.consume(LandUseIndices.singleDynamicDegree(start[c], end[c], y1 - y0));
                    bh.consume(LandUseIndices.averageAnnualGrowthRate(start[c], end[c], y1 - y0));
                }
                bh.consume(LandUseIndices.comprehensiveDynamicDegree(start, end, y1 - y0));
            }
        }
    }

    /** A quick accuracy summary of GM(1,1) over the panel, printed once: how many regions reach each grade. */
    public static void main(String[] args) {
        SyntheticPanel panel = new SyntheticPanel(20261124L);
        int[] grades = new int[Gm11Accuracy.Grade.values().length];
        double mape = 0;
        for (double[] x0 : panel.net) {
            Gm11Accuracy acc = Gm11Accuracy.of(x0, Gm11.fit(x0).fitted(x0.length), Gm11Accuracy.Conventions.DEFAULT);
            grades[acc.grade().ordinal()]++;
            mape += acc.mapePct();
        }
        System.out.println("SYNTHETIC panel: " + SyntheticPanel.REGIONS + " regions x " + SyntheticPanel.YEARS + " years x "
                + SyntheticPanel.CLASSES + " classes");
        for (Gm11Accuracy.Grade g : Gm11Accuracy.Grade.values()) {
            System.out.println("  " + g.text() + ": " + grades[g.ordinal()] + " regions");
        }
        System.out.printf("  mean MAPE %.2f %%%n", mape / SyntheticPanel.REGIONS);
    }
}
