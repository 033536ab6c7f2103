package org.landcarbon.analysis.grey;

/**
 * DGM(1,1), the discrete grey model (Xie Naiming and Liu Sifeng, 2005):
 * {@code x1(k+1) = beta1 x1(k) + beta2} by least squares over k = 1..n-1; time response
 * {@code x1hat(k+1) = beta1^k (x0(1) - beta2/(1-beta1)) + beta2/(1-beta1)}, restored by differences.
 * Unlike GM(1,1) it reproduces an exact geometric series exactly.
 */
public record Dgm11(double beta1, double beta2, double x0first) {

    public static Dgm11 fit(double[] x0) {
        int n = x0.length;
        if (n < 3) {
            throw new IllegalArgumentException("DGM(1,1) needs at least 3 points, got " + n);
        }
        double x1 = x0[0];
        double sx = 0, sxx = 0, sy = 0, sxy = 0;
        for (int k = 1; k < n; k++) {
            double next = x1 + x0[k];
            sx += x1;
            sxx += x1 * x1;
            sy += next;
            sxy += x1 * next;
            x1 = next;
        }
        int m = n - 1;
        double denominator = m * sxx - sx * sx;
        if (denominator == 0) {
            throw new IllegalArgumentException("DGM(1,1): the accumulated values do not vary; beta1 and beta2 are not determined");
        }
        double beta1 = (m * sxy - sx * sy) / denominator;
        double beta2 = (sy - beta1 * sx) / m;
        return new Dgm11(beta1, beta2, x0[0]);
    }

    /** {@code x1hat(k+1)} for k = 0, 1, 2, ... */
    public double x1hat(int k) {
        if (beta1 == 1.0) {
            return x0first + beta2 * k;
        }
        double fixed = beta2 / (1 - beta1);
        return Math.pow(beta1, k) * (x0first - fixed) + fixed;
    }

    /** Fitted values for the n input points; {@code fitted[0] = x0(1)}. */
    public double[] fitted(int n) {
        double[] out = new double[n];
        out[0] = x0first;
        for (int k = 1; k < n; k++) {
            out[k] = x1hat(k) - x1hat(k - 1);
        }
        return out;
    }

    /** The next h values after n input points. */
    public double[] forecast(int n, int h) {
        double[] out = new double[h];
        for (int i = 0; i < h; i++) {
            int k = n + i;
            out[i] = x1hat(k) - x1hat(k - 1);
        }
        return out;
    }
}
