package org.landcarbon.analysis.decomposition;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Ordinary least squares and ridge regression of y on the columns of x (an intercept is added), with
 * the diagnostics a STIRPAT paper reports: R2, standard errors, t and p values, VIF, and ridge estimates
 * on the standardised (correlation) scale with the Hoerl-Kennard-Baldwin choice of k.
 *
 * <p>Ridge follows Hoerl and Kennard (1970) on standardised data: with Z the centred regressors scaled to
 * unit length (so Z'Z = R, the correlation matrix) and y* likewise, {@code b*(k) = (R + kI)^-1 Z'y*};
 * original-scale slopes {@code b_j = b*_j s_y / s_j}, intercept {@code ybar - sum b_j xbar_j}.
 * HKB (Hoerl, Kennard and Baldwin 1975): {@code k = p s*^2 / (b*'b*)}, with b* the OLS estimates and
 * s*^2 = (1 - R2) / (n - p - 1) their residual variance on that scale.
 */
public final class LinearModel {

    private final double[] y;
    private final double[][] x;
    private final int n;
    private final int p;
    private final double[] mean;
    private final double[] length;
    private final double ymean;
    private final double ylength;
    private final RealMatrix corr;
    private final RealVector corrY;

    /** {@code x[row][term]}; needs n >= p + 2 rows and regressors that vary (checked by the caller). */
    public LinearModel(double[] y, double[][] x) {
        this.y = y;
        this.x = x;
        this.n = y.length;
        this.p = x[0].length;
        mean = new double[p];
        length = new double[p];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                mean[j] += x[i][j] / n;
            }
            for (int i = 0; i < n; i++) {
                length[j] += (x[i][j] - mean[j]) * (x[i][j] - mean[j]);
            }
            length[j] = Math.sqrt(length[j]);
        }
        double ym = 0;
        for (double v : y) {
            ym += v / n;
        }
        ymean = ym;
        double yl = 0;
        for (double v : y) {
            yl += (v - ym) * (v - ym);
        }
        ylength = Math.sqrt(yl);
        corr = new Array2DRowRealMatrix(p, p);
        corrY = new ArrayRealVector(p);
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += (x[i][j] - mean[j]) * (x[i][k] - mean[k]);
                }
                corr.setEntry(j, k, s / (length[j] * length[k]));
            }
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += (x[i][j] - mean[j]) * (y[i] - ym);
            }
            corrY.setEntry(j, s / (length[j] * ylength));
        }
    }

    /** A fitted model: coefficients (intercept first) and its fit statistics. */
    public record Fit(double[] coefficients, double[] standardised, double r2, double adjustedR2, double sse, double k) {
    }

    /** OLS by QR of [1 x]; standard errors, t and p come from {@link #inference(Fit)}. */
    public Fit ols() {
        RealMatrix design = design();
        double[] b = new QRDecomposition(design).getSolver().solve(new ArrayRealVector(y)).toArray();
        return fit(b, 0);
    }

    /** Ridge with the given k >= 0 (k = 0 is OLS). */
    public Fit ridge(double k) {
        RealMatrix a = corr.add(MatrixUtils.createRealIdentityMatrix(p).scalarMultiply(k));
        RealVector bs = new LUDecomposition(a).getSolver().solve(corrY);
        double[] b = new double[p + 1];
        b[0] = ymean;
        for (int j = 0; j < p; j++) {
            b[j + 1] = bs.getEntry(j) * ylength / length[j];
            b[0] -= b[j + 1] * mean[j];
        }
        return fit(b, k);
    }

    /** The Hoerl-Kennard-Baldwin k from the OLS fit. */
    public double hkbK(Fit ols) {
        double s2 = (1 - ols.r2()) / (n - p - 1);
        double bb = 0;
        for (double v : ols.standardised()) {
            bb += v * v;
        }
        return bb == 0 ? 0 : p * s2 / bb;
    }

    /** VIF_j = (R^-1)_jj for the regressors; throws when they are perfectly collinear. */
    public double[] vif() {
        RealMatrix inv = new LUDecomposition(corr).getSolver().getInverse();
        double[] v = new double[p];
        for (int j = 0; j < p; j++) {
            v[j] = inv.getEntry(j, j);
        }
        return v;
    }

    /** Ridge VIF_j(k) = diag[(R + kI)^-1 R (R + kI)^-1] (Marquardt 1970); k = 0 gives {@link #vif()}. */
    public double[] ridgeVif(double k) {
        RealMatrix inv = new LUDecomposition(corr.add(MatrixUtils.createRealIdentityMatrix(p).scalarMultiply(k))).getSolver().getInverse();
        RealMatrix m = inv.multiply(corr).multiply(inv);
        double[] v = new double[p];
        for (int j = 0; j < p; j++) {
            v[j] = m.getEntry(j, j);
        }
        return v;
    }

    /** Standard errors, t values and two-sided p values of the OLS coefficients, intercept first. */
    public double[][] inference(Fit ols) {
        int df = n - p - 1;
        double s2 = ols.sse() / df;
        RealMatrix d = design();
        RealMatrix inv = new LUDecomposition(d.transpose().multiply(d)).getSolver().getInverse();
        TDistribution t = new TDistribution(df);
        double[][] out = new double[3][p + 1];
        for (int j = 0; j <= p; j++) {
            out[0][j] = Math.sqrt(s2 * inv.getEntry(j, j));
            out[1][j] = ols.coefficients()[j] / out[0][j];
            out[2][j] = 2 * (1 - t.cumulativeProbability(Math.abs(out[1][j])));
        }
        return out;
    }

    public int rows() {
        return n;
    }

    public int terms() {
        return p;
    }

    private RealMatrix design() {
        RealMatrix d = new Array2DRowRealMatrix(n, p + 1);
        for (int i = 0; i < n; i++) {
            d.setEntry(i, 0, 1);
            for (int j = 0; j < p; j++) {
                d.setEntry(i, j + 1, x[i][j]);
            }
        }
        return d;
    }

    private Fit fit(double[] b, double k) {
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double f = b[0];
            for (int j = 0; j < p; j++) {
                f += b[j + 1] * x[i][j];
            }
            sse += (y[i] - f) * (y[i] - f);
        }
        double sst = ylength * ylength;
        double r2 = 1 - sse / sst;
        double[] std = new double[p];
        for (int j = 0; j < p; j++) {
            std[j] = b[j + 1] * length[j] / ylength;
        }
        return new Fit(b, std, r2, 1 - (1 - r2) * (n - 1) / (n - p - 1), sse, k);
    }
}
