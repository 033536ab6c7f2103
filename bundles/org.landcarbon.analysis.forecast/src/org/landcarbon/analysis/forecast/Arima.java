package org.landcarbon.analysis.forecast;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * ARIMA(p, d, q) with a constant (the mean of the differenced series; with d = 1 the drift), estimated by
 * conditional sum of squares (CSS), not exact maximum likelihood: with {@code w} the d-th difference and
 * {@code c} initial values conditioned on, {@code e_t = (w_t - mu) - sum phi_i (w_{t-i} - mu) - sum theta_j e_{t-j}}
 * for t >= c (earlier e = 0), minimised by Nelder-Mead inside the stationarity and invertibility regions.
 * AIC = -2 lnL + 2 (p + q + 2) with the CSS likelihood {@code lnL = -m/2 (ln(2 pi SSE/m) + 1)}, m = N - c.
 * Orders compared by AIC are fitted on the same m points (the same c), so their AICs are comparable.
 */
public record Arima(int p, int d, int q, double mu, double[] phi, double[] theta, double sse, int m, double aic) {

    /** Largest p and q the selection tries (short annual series do not support more). */
    public static final int MAX_ORDER = 2;

    /** Fits one order conditioning on the first {@code c >= p} differenced values; null when too few points. */
    public static Arima fit(double[] y, int p, int d, int q, int c) {
        double[] w = difference(y, d);
        int m = w.length - c;
        if (m < p + q + 3) {
            return null;
        }
        double mean = 0;
        for (int t = c; t < w.length; t++) {
            mean += w[t] / m;
        }
        double[] best;
        if (p + q == 0) {
            best = new double[] {mean};
        } else {
            double spread = 0;
            for (int t = c; t < w.length; t++) {
                spread += (w[t] - mean) * (w[t] - mean) / m;
            }
            double[] start = new double[1 + p + q];
            start[0] = mean;
            double[] steps = new double[start.length];
            steps[0] = Math.sqrt(spread) * 0.2 + 1e-9 * (1 + Math.abs(mean));
            for (int i = 1; i < steps.length; i++) {
                steps[i] = 0.2;
            }
            ObjectiveFunction f = new ObjectiveFunction(v -> admissible(v, p, q) ? sse(w, c, p, q, v) : Double.MAX_VALUE);
            try {
                best = new SimplexOptimizer(1e-12, 1e-14).optimize(new MaxEval(20000), f, GoalType.MINIMIZE,
                        new InitialGuess(start), new NelderMeadSimplex(steps)).getPoint();
            } catch (MathRuntimeException e) {
                return null;
            }
        }
        double s = sse(w, c, p, q, best);
        double[] phi = java.util.Arrays.copyOfRange(best, 1, 1 + p);
        double[] theta = java.util.Arrays.copyOfRange(best, 1 + p, 1 + p + q);
        double lnL = -m / 2.0 * (Math.log(2 * Math.PI * Math.max(s, 1e-300) / m) + 1);
        return new Arima(p, d, q, best[0], phi, theta, s, m, -2 * lnL + 2 * (p + q + 2));
    }

    /** The order p, q <= {@link #MAX_ORDER} with the smallest AIC, all conditioned on the same initial values. */
    public static Arima select(double[] y, int d) {
        int maxP = MAX_ORDER;
        while (maxP > 0 && y.length - d - maxP < 3) {
            maxP--;
        }
        Arima best = null;
        for (int p = 0; p <= maxP; p++) {
            for (int q = 0; q <= MAX_ORDER; q++) {
                Arima a = fit(y, p, d, q, maxP);
                if (a != null && Double.isFinite(a.aic) && (best == null || a.aic < best.aic)) {
                    best = a;
                }
            }
        }
        return best;
    }

    /** The h values after y (the series the model was fitted on, or a longer one with the same start). */
    public double[] forecast(double[] y, int h) {
        double[] w = difference(y, d);
        int n = w.length;
        double[] e = residuals(w, Math.min(p, n), p, q, params());
        double[] wf = new double[n + h];
        double[] ef = new double[n + h];
        System.arraycopy(w, 0, wf, 0, n);
        System.arraycopy(e, 0, ef, 0, n);
        for (int t = n; t < n + h; t++) {
            double v = mu;
            for (int i = 1; i <= p; i++) {
                v += phi[i - 1] * (wf[t - i] - mu);
            }
            for (int j = 1; j <= q; j++) {
                v += theta[j - 1] * ef[t - j];
            }
            wf[t] = v;
        }
        double[] out = new double[h];
        double level = y[y.length - 1];
        for (int k = 0; k < h; k++) {
            level = d == 0 ? wf[n + k] : level + wf[n + k];
            out[k] = level;
        }
        return out;
    }

    /** ARIMA(1,1,0) with drift and the like. */
    public String label() {
        return "ARIMA(" + p + "," + d + "," + q + ")" + (d == 0 ? " with mean" : " with drift");
    }

    private double[] params() {
        double[] v = new double[1 + p + q];
        v[0] = mu;
        System.arraycopy(phi, 0, v, 1, p);
        System.arraycopy(theta, 0, v, 1 + p, q);
        return v;
    }

    static double[] difference(double[] y, int d) {
        double[] w = y.clone();
        for (int k = 0; k < d; k++) {
            double[] next = new double[w.length - 1];
            for (int t = 1; t < w.length; t++) {
                next[t - 1] = w[t] - w[t - 1];
            }
            w = next;
        }
        return w;
    }

    private static double[] residuals(double[] w, int c, int p, int q, double[] v) {
        double[] e = new double[w.length];
        for (int t = c; t < w.length; t++) {
            double r = w[t] - v[0];
            for (int i = 1; i <= p; i++) {
                r -= v[i] * (w[t - i] - v[0]);
            }
            for (int j = 1; j <= q; j++) {
                r -= v[p + j] * (t - j >= 0 ? e[t - j] : 0);
            }
            e[t] = r;
        }
        return e;
    }

    private static double sse(double[] w, int c, int p, int q, double[] v) {
        double[] e = residuals(w, c, p, q, v);
        double s = 0;
        for (int t = c; t < w.length; t++) {
            s += e[t] * e[t];
        }
        return s;
    }

    /** Stationary AR part (1 - phi1 z - phi2 z^2) and invertible MA part (1 + theta1 z + theta2 z^2). */
    private static boolean admissible(double[] v, int p, int q) {
        double a1 = p > 0 ? v[1] : 0;
        double a2 = p > 1 ? v[2] : 0;
        double b1 = q > 0 ? v[1 + p] : 0;
        double b2 = q > 1 ? v[2 + p] : 0;
        boolean ar = a1 + a2 < 1 && a2 - a1 < 1 && Math.abs(a2) < 1;
        boolean ma = b2 - b1 > -1 && b2 + b1 > -1 && Math.abs(b2) < 1;
        return ar && ma;
    }
}
