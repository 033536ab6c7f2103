package org.landcarbon.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.landcarbon.analysis.grey.Gm11;

/**
 * Prediction intervals of a GM(1,1) forecast.
 *
 * <p><b>Residual bootstrap</b> ({@link #bootstrap}): fit x0, take the relative residuals of points 2..n,
 * {@code r(k) = x0(k) / x0hat(k) - 1} (relative because GM(1,1) is an exponential model and its accuracy is judged
 * in relative errors; it also keeps every resampled value positive). Each replicate rebuilds a series
 * {@code x*(1) = x0(1)}, {@code x*(k) = x0hat(k) (1 + r*)} with r* drawn with replacement, refits GM(1,1) on it,
 * forecasts, and multiplies each forecast step by {@code (1 + r*)} with a fresh draw, so the interval holds both the
 * uncertainty of a and b and the scatter of a new observation (a prediction, not a confidence interval; Davison and
 * Hinkley 1997, Algorithm 6.4, on the relative scale). The residuals are not centred: a fit that misses one way
 * keeps doing so in the replicates.
 *
 * <p><b>Monte Carlo</b> ({@link #monteCarlo}): every draw of the account's inputs gives a path; GM(1,1) is fitted on
 * each path and forecast. This carries the inputs' uncertainty, not the fit's scatter.
 *
 * <p>Replicates are made in blocks of 256, block b with its own Well19937c seeded (seed, b), so the result depends
 * on the seed only, not on the thread count.
 */
public final class Gm11Intervals {

    public static final int DEFAULT_REPLICATES = 2_000;
    /** Replicates or draws x forecast steps held in memory at most. */
    public static final long MAX_CELLS = 50_000_000L;
    private static final int BLOCK = 256;

    private Gm11Intervals() {
    }

    /** Refuses what GM(1,1) cannot fit: fewer than 4 points or a value that is not positive and finite. */
    public static void check(double[] x0, String what) {
        if (x0.length < 4) {
            throw new IllegalArgumentException(what + ": GM(1,1) needs at least 4 points, got " + x0.length);
        }
        for (int k = 0; k < x0.length; k++) {
            if (!(x0[k] > 0) || !Double.isFinite(x0[k])) {
                throw new IllegalArgumentException(what + ": GM(1,1) needs positive values; point " + (k + 1) + " is " + x0[k]);
            }
        }
    }

    private static void checkRuns(int runs, int horizon) {
        if (runs < 2 || runs > MonteCarlo.MAX_DRAWS) {
            throw new IllegalArgumentException("the number of replicates must be between 2 and " + MonteCarlo.MAX_DRAWS + ", not " + runs);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("a forecast interval needs a horizon of at least 1 step, not " + horizon);
        }
        if ((long) runs * horizon > MAX_CELLS) {
            throw new IllegalArgumentException(runs + " replicates x " + horizon + " steps exceed the limit of " + MAX_CELLS + " values");
        }
    }

    /** The 95 % prediction interval of the GM(1,1) forecast of x0 by residual bootstrap. */
    public static ForecastBand bootstrap(double[] x0, int horizon, int replicates, long seed) {
        check(x0, "the series");
        checkRuns(replicates, horizon);
        int n = x0.length;
        Gm11 fit = Gm11.fit(x0);
        double[] fitted = fit.fitted(n);
        double[] r = new double[n - 1];
        for (int k = 1; k < n; k++) {
            if (!(fitted[k] > 0)) {
                throw new IllegalArgumentException("the GM(1,1) fit is not positive at point " + (k + 1) + " (" + fitted[k]
                        + "); relative residuals are not defined");
            }
            r[k - 1] = x0[k] / fitted[k] - 1;
        }
        double[] point = fit.forecast(n, horizon);
        double[][] runs = new double[replicates][];
        int blocks = (replicates + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            RandomGenerator rng = new Well19937c(new int[] { (int) (seed >>> 32), (int) seed, b });
            double[] x = new double[n];
            for (int d = b * BLOCK; d < Math.min(replicates, (b + 1) * BLOCK); d++) {
                x[0] = x0[0];
                for (int k = 1; k < n; k++) {
                    x[k] = fitted[k] * (1 + r[rng.nextInt(r.length)]);
                }
                double[] f = forecast(x, horizon);
                if (f != null) {
                    for (int j = 0; j < horizon; j++) {
                        f[j] *= 1 + r[rng.nextInt(r.length)];
                    }
                }
                runs[d] = f;
            }
        });
        return band("bootstrap", replicates, seed, point, runs);
    }

    /**
     * GM(1,1) fitted on every drawn path ({@code paths[d]} the series of draw d) and forecast; the point is the
     * forecast of {@code point}. Draws whose path is not positive are left out and counted.
     */
    public static ForecastBand monteCarlo(double[] point, double[][] paths, int horizon, long seed) {
        check(point, "the point series");
        checkRuns(paths.length, horizon);
        double[] p = Gm11.fit(point).forecast(point.length, horizon);
        double[][] runs = new double[paths.length][];
        IntStream.range(0, paths.length).parallel().forEach(d -> runs[d] = positive(paths[d]) ? forecast(paths[d], horizon) : null);
        return band("mc", paths.length, seed, p, runs);
    }

    /** Monte Carlo draws of the model pushed through GM(1,1) fitted on one output's path over the account's years (t C). */
    public static ForecastBand monteCarlo(UncertaintyModel model, String output, int horizon, int draws, long seed) {
        MonteCarlo.checkDraws(draws, model.point().length);
        checkRuns(draws, horizon);
        List<Integer> years = model.years();
        int[] slots = new int[years.size()];
        double[] point = new double[slots.length];
        for (int y = 0; y < slots.length; y++) {
            slots[y] = model.index(years.get(y), output);
            point[y] = model.point()[slots[y]];
        }
        check(point, output + " of the account");
        double[][] out = MonteCarlo.run(model, draws, seed);
        double[][] paths = new double[draws][slots.length];
        for (int d = 0; d < draws; d++) {
            for (int y = 0; y < slots.length; y++) {
                paths[d][y] = out[d][slots[y]];
            }
        }
        return monteCarlo(point, paths, horizon, seed);
    }

    private static boolean positive(double[] x) {
        for (double v : x) {
            if (!(v > 0) || !Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** The forecast of a refit, or null when the fit is degenerate or not finite. */
    private static double[] forecast(double[] x, int horizon) {
        try {
            double[] f = Gm11.fit(x).forecast(x.length, horizon);
            for (double v : f) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return f;
        } catch (IllegalArgumentException e) {
            return null; // all background values equal: a and b are not determined
        }
    }

    private static ForecastBand band(String method, int n, long seed, double[] point, double[][] runs) {
        int used = 0;
        for (double[] f : runs) {
            used += f == null ? 0 : 1;
        }
        if (used < 2) {
            throw new IllegalArgumentException("fewer than 2 of " + n + " " + (method.equals("mc") ? "draws" : "replicates")
                    + " gave a usable GM(1,1) forecast");
        }
        List<Statistics> stats = new ArrayList<>();
        for (int j = 0; j < point.length; j++) {
            double[] column = new double[used];
            int i = 0;
            for (double[] f : runs) {
                if (f != null) {
                    column[i++] = f[j];
                }
            }
            stats.add(Statistics.of(point[j], column));
        }
        return new ForecastBand(method, n, seed, n - used, stats);
    }
}
