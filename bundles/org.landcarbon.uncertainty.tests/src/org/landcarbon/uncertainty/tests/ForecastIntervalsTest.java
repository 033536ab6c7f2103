package org.landcarbon.uncertainty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.uncertainty.ForecastBand;
import org.landcarbon.uncertainty.Gm11Intervals;
import org.landcarbon.uncertainty.Statistics;

/** GM(1,1) forecast intervals: residual bootstrap coverage, exact scaling of Monte Carlo paths, seeds. */
class ForecastIntervalsTest {

    private static final double[] SERIES = { 100, 108.2, 113.9, 124.6, 131.0, 142.7, 150.9, 163.3, 171.8, 186.0 };

    @Test
    void bootstrapIntervalHoldsThePointForecastAndWidensWithTheResiduals() {
        ForecastBand band = Gm11Intervals.bootstrap(SERIES, 5, 2000, 7);
        double[] point = Gm11.fit(SERIES).forecast(SERIES.length, 5);
        assertEquals(5, band.statistics().size());
        for (int j = 0; j < 5; j++) {
            Statistics s = band.statistics().get(j);
            assertEquals(point[j], s.point(), 0);
            assertTrue(s.p2_5() < point[j] && point[j] < s.p97_5(), "step " + (j + 1) + ": " + s);
        }
        // the same fit with every residual doubled gives a wider interval at every step
        double[] fitted = Gm11.fit(SERIES).fitted(SERIES.length);
        double[] wider = SERIES.clone();
        for (int k = 1; k < wider.length; k++) {
            wider[k] = fitted[k] + 2 * (SERIES[k] - fitted[k]);
        }
        ForecastBand w = Gm11Intervals.bootstrap(wider, 5, 2000, 7);
        for (int j = 0; j < 5; j++) {
            double a = band.statistics().get(j).p97_5() - band.statistics().get(j).p2_5();
            double b = w.statistics().get(j).p97_5() - w.statistics().get(j).p2_5();
            assertTrue(b > 1.5 * a, "step " + (j + 1) + ": " + b + " vs " + a);
        }
    }

    /**
     * Coverage: series from an exponential trend times (1 + e), e uniform +-6 %; the 95 % interval of the first step
     * must hold the next observation in about 95 % of 300 trials (with n = 10 points the bootstrap is known to be a
     * little narrow, so 0.85..0.995).
     */
    @Test
    void bootstrapCoversTheNextObservation() {
        Random random = new Random(42);
        int trials = 300;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] x = new double[11];
            for (int k = 0; k < 11; k++) {
                x[k] = 50 * Math.exp(0.06 * k) * (1 + 0.12 * (random.nextDouble() - 0.5));
            }
            double[] fit = Arrays.copyOf(x, 10);
            Statistics s = Gm11Intervals.bootstrap(fit, 1, 500, t).statistics().get(0);
            covered += s.p2_5() <= x[10] && x[10] <= s.p97_5() ? 1 : 0;
        }
        double coverage = (double) covered / trials;
        assertTrue(coverage > 0.85 && coverage < 0.995, "coverage " + coverage);
    }

    @Test
    void bootstrapDependsOnTheSeedOnly() throws Exception {
        ForecastBand a = new ForkJoinPool(1).submit(() -> Gm11Intervals.bootstrap(SERIES, 3, 1000, 11)).get();
        ForecastBand b = Gm11Intervals.bootstrap(SERIES, 3, 1000, 11);
        ForecastBand c = Gm11Intervals.bootstrap(SERIES, 3, 1000, 12);
        assertEquals(a, b);
        assertTrue(!a.equals(c));
    }

    /** GM(1,1) is scale-equivariant: a path m x point forecasts m x the point forecast, so the band is exact. */
    @Test
    void monteCarloOfScaledPathsIsTheScaledForecast() {
        int draws = 1001;
        double[][] paths = new double[draws][];
        double[] m = new double[draws];
        for (int d = 0; d < draws; d++) {
            m[d] = 0.8 + 0.4 * d / (draws - 1);
            double f = m[d];
            paths[d] = Arrays.stream(SERIES).map(v -> v * f).toArray();
        }
        ForecastBand band = Gm11Intervals.monteCarlo(SERIES, paths, 4, 0);
        double[] point = Gm11.fit(SERIES).forecast(SERIES.length, 4);
        for (int j = 0; j < 4; j++) {
            Statistics s = band.statistics().get(j);
            assertEquals(point[j], s.mean(), 1e-9 * point[j]); // mean of m is exactly 1
            assertEquals(0.81 * point[j], s.p2_5(), 1e-9 * point[j]); // type-7 percentile of the uniform grid
            assertEquals(1.19 * point[j], s.p97_5(), 1e-9 * point[j]);
        }
        assertEquals(0, band.left());
    }

    @Test
    void monteCarloLeavesOutPathsGm11CannotFitAndCountsThem() {
        double[][] paths = { SERIES, SERIES.clone(), SERIES.clone() };
        paths[2][3] = -1;
        ForecastBand band = Gm11Intervals.monteCarlo(SERIES, paths, 2, 0);
        assertEquals(1, band.left());
        assertEquals(0, band.statistics().get(0).sd(), 0);
    }

    @Test
    void refusesWhatGm11CannotFit() {
        assertThrows(IllegalArgumentException.class, () -> Gm11Intervals.bootstrap(new double[] { 1, 2, 3 }, 2, 100, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gm11Intervals.bootstrap(new double[] { 1, 2, 0, 4, 5 }, 2, 100, 1));
        assertTrue(e.getMessage().contains("point 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Gm11Intervals.bootstrap(SERIES, 0, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> Gm11Intervals.bootstrap(SERIES, 200, 1_000_000, 1));
    }
}
