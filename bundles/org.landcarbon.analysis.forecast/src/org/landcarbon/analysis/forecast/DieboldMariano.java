package org.landcarbon.analysis.forecast;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The Diebold-Mariano test of equal forecast accuracy (Diebold and Mariano 1995) with the small-sample
 * correction of Harvey, Leybourne and Newbold (1997).
 *
 * <p>Loss differential {@code d_t = g(e1_t) - g(e2_t)}, g the squared or absolute error; {@code dbar} its
 * mean; autocovariances {@code gamma_k = (1/n) sum_{t>k} (d_t - dbar)(d_{t-k} - dbar)};
 * {@code DM = dbar / sqrt((gamma_0 + 2 sum_{k=1}^{h-1} gamma_k) / n)};
 * {@code DM* = DM sqrt((n + 1 - 2h + h(h-1)/n) / n)}, compared with Student's t on n - 1 degrees of freedom
 * (two-sided). A positive statistic means the first forecast has the larger loss.
 */
public final class DieboldMariano {

    /** The loss function g. */
    public enum Loss {
        SQUARED, ABSOLUTE
    }

    /** {@code statistic} is DM*, {@code raw} the uncorrected DM; NaN when the loss differential has no variance. */
    public record Result(double statistic, double raw, double pValue, double meanDifferential, int n, int h) {
    }

    private DieboldMariano() {
    }

    public static Result test(double[] e1, double[] e2, int h, Loss loss) {
        int n = e1.length;
        if (n != e2.length || n < 2) {
            throw new IllegalArgumentException("the Diebold-Mariano test needs two error series of the same length >= 2");
        }
        if (h < 1 || h >= n) {
            throw new IllegalArgumentException("the Diebold-Mariano horizon h must be 1 to n - 1 = " + (n - 1) + ", got " + h);
        }
        double[] d = new double[n];
        double mean = 0;
        for (int t = 0; t < n; t++) {
            d[t] = g(e1[t], loss) - g(e2[t], loss);
            mean += d[t] / n;
        }
        double v = gamma(d, mean, 0);
        for (int k = 1; k < h; k++) {
            v += 2 * gamma(d, mean, k);
        }
        if (!(v > 0)) {
            return new Result(Double.NaN, Double.NaN, Double.NaN, mean, n, h);
        }
        double dm = mean / Math.sqrt(v / n);
        double star = dm * Math.sqrt((n + 1 - 2.0 * h + h * (h - 1.0) / n) / n);
        double p = 2 * (1 - new TDistribution(n - 1).cumulativeProbability(Math.abs(star)));
        return new Result(star, dm, p, mean, n, h);
    }

    private static double g(double e, Loss loss) {
        return loss == Loss.SQUARED ? e * e : Math.abs(e);
    }

    private static double gamma(double[] d, double mean, int k) {
        double s = 0;
        for (int t = k; t < d.length; t++) {
            s += (d[t] - mean) * (d[t - k] - mean);
        }
        return s / d.length;
    }
}
