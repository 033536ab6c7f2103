package org.landcarbon.analysis.grey;

/**
 * Grey relational analysis: Deng's degree with an explicit dimensionless transform and resolution
 * coefficient rho, and the absolute, relative and synthetic degrees of incidence (Liu Sifeng, Grey
 * Systems: Theory and Applications). Plain arrays in, plain arrays out.
 */
public final class GreyRelational {

    /** The dimensionless transform applied to every series before Deng's degree. */
    public enum Normalization {
        /** x(k) / x(1). */
        INITIAL,
        /** x(k) / mean(x). */
        MEAN,
        /** (x(k) - min) / (max - min). */
        MINMAX,
        /** The raw values: only meaningful when all series share a unit and scale. */
        NONE;

        public String formula() {
            return switch (this) {
                case INITIAL -> "x(k) / x(1)";
                case MEAN -> "x(k) / mean(x)";
                case MINMAX -> "(x(k) - min x) / (max x - min x)";
                case NONE -> "raw values, no transform";
            };
        }
    }

    private GreyRelational() {
    }

    /**
     * The transformed series, or {@code null} when the transform is undefined for it (first value 0,
     * mean 0, or a constant series under min-max); the caller names the column.
     */
    public static double[] normalize(double[] x, Normalization how) {
        int n = x.length;
        double[] out = new double[n];
        switch (how) {
            case INITIAL -> {
                if (x[0] == 0) {
                    return null;
                }
                for (int k = 0; k < n; k++) {
                    out[k] = x[k] / x[0];
                }
            }
            case MEAN -> {
                double s = 0;
                for (double v : x) {
                    s += v;
                }
                double mean = s / n;
                if (mean == 0) {
                    return null;
                }
                for (int k = 0; k < n; k++) {
                    out[k] = x[k] / mean;
                }
            }
            case MINMAX -> {
                double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
                for (double v : x) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                if (max == min) {
                    return null;
                }
                for (int k = 0; k < n; k++) {
                    out[k] = (x[k] - min) / (max - min);
                }
            }
            case NONE -> System.arraycopy(x, 0, out, 0, n);
        }
        return out;
    }

    /**
     * Deng's relational coefficients {@code xi_i(k) = (dmin + rho dmax) / (delta_i(k) + rho dmax)},
     * {@code delta_i(k) = |x0(k) - x_i(k)|}, dmin and dmax over all i and k, for already transformed
     * series. When every delta is 0 all coefficients are 1.
     */
    public static double[][] coefficients(double[] reference, double[][] comparisons, double rho) {
        int m = comparisons.length;
        int n = reference.length;
        double dmin = Double.POSITIVE_INFINITY, dmax = 0;
        for (double[] xi : comparisons) {
            for (int k = 0; k < n; k++) {
                double d = Math.abs(reference[k] - xi[k]);
                dmin = Math.min(dmin, d);
                dmax = Math.max(dmax, d);
            }
        }
        double[][] out = new double[m][];
        for (int i = 0; i < m; i++) {
            out[i] = new double[n]; // row by row: C2 allocates these inline, new double[m][n] is a runtime call
            for (int k = 0; k < n; k++) {
                double d = Math.abs(reference[k] - comparisons[i][k]);
                out[i][k] = dmax == 0 ? 1.0 : (dmin + rho * dmax) / (d + rho * dmax);
            }
        }
        return out;
    }

    /** Deng's degree: the mean of the coefficients over k, weighted when {@code weights} (length n) is given. */
    public static double[] degrees(double[][] coefficients, double[] weights) {
        double[] r = new double[coefficients.length];
        for (int i = 0; i < coefficients.length; i++) {
            double s = 0, w = 0;
            for (int k = 0; k < coefficients[i].length; k++) {
                double wk = weights == null ? 1.0 : weights[k];
                s += wk * coefficients[i][k];
                w += wk;
            }
            r[i] = s / w;
        }
        return r;
    }

    /**
     * The grey absolute degree of incidence of two equally long, equally spaced series: with zero-start
     * images {@code x'(k) = x(k) - x(1)} and {@code s = |sum_{k=2}^{n-1} x'(k) + x'(n)/2|},
     * {@code eps = (1 + |s0| + |si|) / (1 + |s0| + |si| + |si - s0|)}.
     */
    public static double absoluteDegree(double[] x0, double[] xi) {
        int n = x0.length;
        double s0 = 0, si = 0, sd = 0;
        for (int k = 1; k < n; k++) {
            double f = k == n - 1 ? 0.5 : 1.0;
            double a = x0[k] - x0[0];
            double b = xi[k] - xi[0];
            s0 += f * a;
            si += f * b;
            sd += f * (b - a);
        }
        s0 = Math.abs(s0);
        si = Math.abs(si);
        sd = Math.abs(sd);
        return (1 + s0 + si) / (1 + s0 + si + sd);
    }

    /** The grey relative degree: the absolute degree of the initial-value images; both first values must be non-zero. */
    public static double relativeDegree(double[] x0, double[] xi) {
        if (x0[0] == 0 || xi[0] == 0) {
            throw new IllegalArgumentException("the relative degree needs non-zero first values");
        }
        // absoluteDegree of the images x(k) / x(1), without allocating them: the same operations in the same order
        int n = x0.length;
        double one0 = x0[0] / x0[0], onei = xi[0] / xi[0];
        double s0 = 0, si = 0, sd = 0;
        for (int k = 1; k < n; k++) {
            double f = k == n - 1 ? 0.5 : 1.0;
            double a = x0[k] / x0[0] - one0;
            double b = xi[k] / xi[0] - onei;
            s0 += f * a;
            si += f * b;
            sd += f * (b - a);
        }
        s0 = Math.abs(s0);
        si = Math.abs(si);
        sd = Math.abs(sd);
        return (1 + s0 + si) / (1 + s0 + si + sd);
    }

    /** The synthetic degree {@code rho = theta eps + (1 - theta) r}, theta in [0, 1] (usually 0.5). */
    public static double syntheticDegree(double absolute, double relative, double theta) {
        return theta * absolute + (1 - theta) * relative;
    }
}
