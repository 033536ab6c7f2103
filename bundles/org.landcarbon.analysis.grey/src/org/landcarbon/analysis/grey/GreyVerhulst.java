package org.landcarbon.analysis.grey;

/**
 * The grey Verhulst model for S-shaped (saturating) series. As is usual (Liu Sifeng et al., Grey
 * Systems: Theory and Applications), the S-shaped data are taken as the accumulated series x1 and their
 * differences (IAGO) as x0: with {@code z1(k) = (x1(k) + x1(k-1)) / 2}, least squares for a, b in
 * {@code x0(k) + a z1(k) = b z1(k)^2}, k = 2..n; time response
 * {@code x1hat(k+1) = a x1(1) / (b x1(1) + (a - b x1(1)) e^(a k))}, which tends to a / b when a < 0
 * (growth that saturates: then -a is the intrinsic rate and a / b the saturation level).
 */
public record GreyVerhulst(double a, double b, double x1first) {

    public static GreyVerhulst fit(double[] x1) {
        int n = x1.length;
        if (n < 3) {
            throw new IllegalArgumentException("the grey Verhulst model needs at least 3 points, got " + n);
        }
        double s2 = 0, s3 = 0, s4 = 0, sy1 = 0, sy2 = 0;
        for (int k = 1; k < n; k++) {
            double y = x1[k] - x1[k - 1];
            double z = 0.5 * (x1[k] + x1[k - 1]);
            double z2 = z * z;
            s2 += z2;
            s3 += z2 * z;
            s4 += z2 * z2;
            sy1 += z * y;
            sy2 += z2 * y;
        }
        // normal equations of y = -a z + b z^2: [s2 -s3; -s3 s4] [a; b] = [-sy1; sy2]
        double det = s2 * s4 - s3 * s3;
        if (det == 0) {
            throw new IllegalArgumentException("grey Verhulst: the background values do not determine a and b");
        }
        double a = (-sy1 * s4 + s3 * sy2) / det;
        double b = (s2 * sy2 - s3 * sy1) / det;
        return new GreyVerhulst(a, b, x1[0]);
    }

    /** {@code x1hat(k+1)} for k = 0, 1, 2, ... (k = 0 gives x1(1)). */
    public double x1hat(int k) {
        return a * x1first / (b * x1first + (a - b * x1first) * Math.exp(a * k));
    }

    /** Fitted values of the n input points. */
    public double[] fitted(int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = x1hat(k);
        }
        return out;
    }

    /** The next h values after n input points. */
    public double[] forecast(int n, int h) {
        double[] out = new double[h];
        for (int i = 0; i < h; i++) {
            out[i] = x1hat(n + i);
        }
        return out;
    }

    /** The saturation level a / b that the time response approaches when a < 0. */
    public double saturation() {
        return a / b;
    }
}
