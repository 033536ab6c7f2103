package org.landcarbon.analysis.grey;

import org.landcarbon.analysis.grey.internal.Decimals;

/**
 * GM(1,1), Deng's grey model of one variable and first order, with the continuous time response.
 *
 * <p>For x0 (n >= 4, positive): AGO {@code x1(k) = sum_{j<=k} x0(j)}; background values
 * {@code z1(k) = (x1(k) + x1(k-1)) / 2}, k = 2..n; least squares for a, b in {@code x0(k) + a z1(k) = b};
 * time response {@code x1hat(k+1) = (x0(1) - b/a) e^(-a k) + b/a}; restored values
 * {@code x0hat(k+1) = x1hat(k+1) - x1hat(k)}, {@code x0hat(1) = x0(1)}. The same evaluation serves a
 * published equation given its (rounded) a and b.
 *
 * <p>Plain Java on arrays: no allocation beyond the returned arrays, so a panel of thousands of series
 * fits in milliseconds.
 */
public record Gm11(double a, double b, double x0first) {

    /** Below this |a| the model is a straight line (the limit a -> 0 of the time response). */
    private static final double LINEAR_LIMIT = 1e-12;

    /** Fits a and b by least squares. The caller checks length and positivity (the analyses do, with messages naming the place). */
    public static Gm11 fit(double[] x0) {
        return fit(x0, 0, x0.length);
    }

    /** Fits on {@code x0[from .. from+n-1]} (for rolling windows and hold-out without copying). */
    public static Gm11 fit(double[] x0, int from, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("GM(1,1) needs at least 2 points, got " + n);
        }
        double x1 = x0[from];
        double sz = 0, szz = 0, sy = 0, szy = 0;
        for (int k = 1; k < n; k++) {
            double prev = x1;
            double y = x0[from + k];
            x1 += y;
            double z = 0.5 * (x1 + prev);
            sz += z;
            szz += z * z;
            sy += y;
            szy += z * y;
        }
        int m = n - 1;
        double denominator = m * szz - sz * sz;
        if (denominator == 0) {
            throw new IllegalArgumentException("GM(1,1): the background values are all equal; a and b are not determined");
        }
        double a = -(m * szy - sz * sy) / denominator;
        double b = (sy + a * sz) / m;
        return new Gm11(a, b, x0[from]);
    }

    /** A published equation as printed: its a and b, anchored at the series' first value. */
    public static Gm11 of(double a, double b, double x0first) {
        return new Gm11(a, b, x0first);
    }

    /** {@code x1hat(k+1)} for k = 0, 1, 2, ... (k = 0 gives x0(1)). */
    public double x1hat(int k) {
        if (Math.abs(a) < LINEAR_LIMIT) {
            return x0first + b * k;
        }
        return (x0first - b / a) * Math.exp(-a * k) + b / a;
    }

    /** Restored value {@code x0hat(k+1)} for k = 0, 1, 2, ... (k = 0 gives x0(1)). */
    public double x0hat(int k) {
        return k == 0 ? x0first : x1hat(k) - x1hat(k - 1);
    }

    /** Fitted values for the n input points; {@code fitted[0] = x0(1)}. */
    public double[] fitted(int n) {
        double[] out = new double[n];
        fill(out, 0);
        return out;
    }

    /** The next {@code h} values after n input points. */
    public double[] forecast(int n, int h) {
        double[] out = new double[h];
        fill(out, n);
        return out;
    }

    private void fill(double[] out, int firstK) {
        double previous = firstK == 0 ? 0 : x1hat(firstK - 1);
        for (int i = 0; i < out.length; i++) {
            int k = firstK + i;
            double current = x1hat(k);
            out[i] = k == 0 ? x0first : current - previous;
            previous = current;
        }
    }

    /** The time response as a reader would write it, e.g. {@code x1hat(k+1) = 48656.90 e^(0.044700 k) - 61579.61}. */
    public String timeResponse() {
        if (Math.abs(a) < LINEAR_LIMIT) {
            return "x1hat(k+1) = " + Decimals.fixed(x0first, 2) + " + " + Decimals.fixed(b, 2) + " k";
        }
        double c = x0first - b / a;
        double d = b / a;
        return "x1hat(k+1) = " + Decimals.fixed(c, 2) + " e^(" + Decimals.fixed(-a, 6) + " k) " + (d < 0 ? "-" : "+") + " "
                + Decimals.fixed(Math.abs(d), 2);
    }
}
