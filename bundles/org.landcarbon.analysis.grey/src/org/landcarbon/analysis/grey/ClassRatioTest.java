package org.landcarbon.analysis.grey;

import java.util.ArrayList;
import java.util.List;

/**
 * The class-ratio (level-ratio) test of a series before GM(1,1): {@code lambda(k) = x0(k-1) / x0(k)},
 * k = 2..n, must lie in the open interval {@code (e^(-2/(n+1)), e^(2/(n+1)))} for the model to apply
 * without a transform.
 *
 * @param ratios  lambda(k) for k = 2..n (n - 1 values)
 * @param outside 0-based input rows k whose ratio lies outside the interval
 */
public record ClassRatioTest(double[] ratios, double lower, double upper, boolean passed, List<Integer> outside) {

    public static ClassRatioTest of(double[] x0) {
        int n = x0.length;
        double lower = Math.exp(-2.0 / (n + 1));
        double upper = Math.exp(2.0 / (n + 1));
        double[] ratios = new double[n - 1];
        List<Integer> outside = new ArrayList<>();
        for (int k = 1; k < n; k++) {
            ratios[k - 1] = x0[k - 1] / x0[k];
            if (!(ratios[k - 1] > lower && ratios[k - 1] < upper)) {
                outside.add(k);
            }
        }
        return new ClassRatioTest(ratios, lower, upper, outside.isEmpty(), List.copyOf(outside));
    }

    /**
     * The applicable range of the development coefficient (Liu Sifeng, Grey Systems: Theory and
     * Applications): what forecasting horizon a model with this |a| supports.
     */
    public static String applicability(double a) {
        double m = Math.abs(a);
        if (m <= 0.3) {
            return "|a| <= 0.3: suitable for medium- and long-term forecasting";
        }
        if (m <= 0.5) {
            return "0.3 < |a| <= 0.5: suitable for short-term forecasting; medium- and long-term with caution";
        }
        if (m <= 0.8) {
            return "0.5 < |a| <= 0.8: even short-term forecasts need great caution";
        }
        if (m <= 1.0) {
            return "0.8 < |a| <= 1: use a residual-corrected GM(1,1)";
        }
        return "|a| > 1: GM(1,1) is not suitable";
    }
}
