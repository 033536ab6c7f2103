package org.landcarbon.analysis.decomposition;

/**
 * The logarithmic mean Divisia index, LMDI-I (Ang 2005, "The LMDI approach to decomposition analysis: a
 * practical guide", Energy Policy 33: 867-871), for an aggregate {@code V = sum_i V_i} with
 * {@code V_i = prod_k x_ik} (subcategory i, factor k).
 *
 * <p>Additive: {@code dV_k = sum_i L(V_i^T, V_i^0) ln(x_ik^T / x_ik^0)} with the logarithmic mean
 * {@code L(a, b) = (a - b) / (ln a - ln b)}; the effects add up to {@code V^T - V^0}.
 * Multiplicative: {@code D_k = exp(dV_k / L(V^T, V^0))} (the same weights as Ang 2005's
 * {@code exp(sum_i L(V_i^T,V_i^0)/L(V^T,V^0) ln(x_ik^T/x_ik^0))}); their product is {@code V^T / V^0}.
 *
 * <p>Zeros (Ang and Liu 2007, "Handling zero values in the logarithmic mean Divisia index decomposition
 * approach", Energy Policy 35: 238-246): a subcategory that is zero at both ends contributes nothing; one
 * that appears ({@code V_i^0 = 0 < V_i^T}) or disappears gives its whole change {@code V_i^T - V_i^0} to
 * the factor(s) that are zero, shared equally when several are. These are the limits of the small-value
 * strategy (replacing 0 by delta, delta -> 0), so no delta needs to be chosen.
 */
public final class Lmdi {

    private Lmdi() {
    }

    /** {@code L(a, b)} for a, b >= 0; {@code L(a, a) = a}, {@code L(a, 0) = 0}. */
    public static double logMean(double a, double b) {
        if (a == b) {
            return a;
        }
        if (a <= 0 || b <= 0) {
            return 0;
        }
        double d = Math.log(a) - Math.log(b);
        // close values: the series L = b (1 + r/2 - r^2/12 ...) with r = a/b - 1 avoids 0/0 rounding
        double r = a / b - 1;
        if (Math.abs(r) < 1e-6) {
            return b * (1 + r / 2 - r * r / 12);
        }
        return (a - b) / d;
    }

    /** The product of the factors of one subcategory. */
    public static double product(double[] x) {
        double v = 1;
        for (double f : x) {
            v *= f;
        }
        return v;
    }

    /**
     * Additive effects of each factor; {@code x0[i][k]} and {@code xT[i][k]} are factor k of subcategory i at
     * the start and end (all >= 0, checked by the caller).
     */
    public static double[] additive(double[][] x0, double[][] xT) {
        int factors = x0.length == 0 ? 0 : x0[0].length;
        double[] effects = new double[factors];
        for (int i = 0; i < x0.length; i++) {
            double v0 = product(x0[i]);
            double vT = product(xT[i]);
            if (v0 > 0 && vT > 0) {
                double w = logMean(vT, v0);
                for (int k = 0; k < factors; k++) {
                    effects[k] += w * Math.log(xT[i][k] / x0[i][k]);
                }
            } else if (v0 != vT) {
                double[] zeroEnd = v0 == 0 ? x0[i] : xT[i];
                int zeros = 0;
                for (double f : zeroEnd) {
                    zeros += f == 0 ? 1 : 0;
                }
                for (int k = 0; k < factors; k++) {
                    if (zeroEnd[k] == 0) {
                        effects[k] += (vT - v0) / zeros;
                    }
                }
            }
        }
        return effects;
    }

    /** Multiplicative effects from the additive ones; NaN when either total is not positive. */
    public static double[] multiplicative(double[] additive, double total0, double totalT) {
        double[] d = new double[additive.length];
        double w = logMean(totalT, total0);
        for (int k = 0; k < d.length; k++) {
            d[k] = total0 > 0 && totalT > 0 ? Math.exp(additive[k] / w) : Double.NaN;
        }
        return d;
    }
}
