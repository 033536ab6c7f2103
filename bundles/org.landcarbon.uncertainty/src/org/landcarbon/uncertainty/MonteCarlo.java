package org.landcarbon.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * IPCC Approach 2: draws of every uncertain input (one per input and draw, used for all years), correlated
 * through a Gaussian copula (Cholesky factor of the correlation matrix), pushed through the model. Draws are made
 * in blocks of {@link #BLOCK}; block b has its own generator seeded with (seed, b), so the output depends on the
 * seed only, never on the number of threads.
 */
public final class MonteCarlo {

    public static final int DEFAULT_DRAWS = 10_000;
    public static final int MAX_DRAWS = 1_000_000;
    /** Draws x outputs held in memory at most (8 bytes each: 400 MB). */
    public static final long MAX_CELLS = 50_000_000L;
    static final int BLOCK = 256;

    private MonteCarlo() {
    }

    /** Checks the draw count against the limits before any memory is spent. */
    public static void checkDraws(int draws, int outputs) {
        if (draws < 2 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("draws must be between 2 and " + MAX_DRAWS + ", not " + draws);
        }
        if ((long) draws * outputs > MAX_CELLS) {
            throw new IllegalArgumentException(draws + " draws x " + outputs + " numbers per draw exceed the limit of " + MAX_CELLS
                    + " values held in memory; use at most " + MAX_CELLS / outputs + " draws");
        }
    }

    /** The input values of each draw: draws x inputs. */
    public static double[][] inputs(UncertaintyModel model, int draws, long seed) {
        List<UncertainInput> inputs = model.inputs();
        int k = inputs.size();
        double[][] lower = cholesky(model.correlation());
        double[][] x = new double[draws][k];
        int blocks = (draws + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            RandomGenerator rng = new Well19937c(new int[] { (int) (seed >>> 32), (int) seed, b });
            double[] e = new double[k];
            for (int d = b * BLOCK; d < Math.min(draws, (b + 1) * BLOCK); d++) {
                for (int i = 0; i < k; i++) {
                    e[i] = rng.nextGaussian();
                }
                for (int i = 0; i < k; i++) {
                    double z = e[i];
                    if (lower != null) {
                        z = 0;
                        for (int j = 0; j <= i; j++) {
                            z += lower[i][j] * e[j];
                        }
                    }
                    x[d][i] = inputs.get(i).distribution().fromStandardNormal(z);
                }
            }
        });
        return x;
    }

    /** Every output of each draw: draws x outputs. */
    public static double[][] run(UncertaintyModel model, int draws, long seed) {
        checkDraws(draws, model.point().length);
        double[][] x = inputs(model, draws, seed);
        double[][] out = new double[draws][];
        IntStream.range(0, draws).parallel().forEach(d -> out[d] = model.evaluate(x[d]));
        return out;
    }

    /** Mean, sd and percentiles of every output over the draws. */
    public static UncertainAccount account(UncertaintyModel model, int draws, long seed) {
        return summarize(model, run(model, draws, seed), draws, seed);
    }

    /** Mean, sd and percentiles of every output over draws already run ({@link #run}). */
    public static UncertainAccount summarize(UncertaintyModel model, double[][] out, int draws, long seed) {
        double[] point = model.point();
        List<Statistics> stats = new ArrayList<>();
        for (int j = 0; j < point.length; j++) {
            double[] column = new double[draws];
            for (int d = 0; d < draws; d++) {
                column[d] = out[d][j];
            }
            stats.add(Statistics.of(point[j], column));
        }
        return new UncertainAccount(model, "mc", draws, seed, stats);
    }

    /**
     * Lower Cholesky factor of a correlation matrix, null for the identity. Positive semi-definite matrices are
     * accepted (rho = 1 makes two inputs one draw); others are refused.
     */
    static double[][] cholesky(double[][] r) {
        int n = r.length;
        boolean identity = true;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                identity &= r[i][j] == (i == j ? 1 : 0);
            }
        }
        if (identity) {
            return null;
        }
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = r[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (d < -1e-9) {
                throw new IllegalArgumentException(
                        "the correlations of the study do not form a valid correlation matrix (it is not positive semi-definite)");
            }
            l[j][j] = d <= 1e-12 ? 0 : Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = r[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = l[j][j] == 0 ? 0 : s / l[j][j];
            }
        }
        return l;
    }
}
