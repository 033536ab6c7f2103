package org.landcarbon.analysis.grey.internal;

import java.util.function.Consumer;

import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.ResultItem;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Series;

/**
 * A grey model's result may not hold NaN or Infinity: values near 1e308 overflow the sums of least squares and
 * the exponentials of the time response. The first non-finite number is an error naming the computation and year.
 */
final class FiniteResults {

    private FiniteResults() {
    }

    static AnalysisResult checked(AnalysisResult result, String model) throws AnalysisException {
        for (ResultItem item : result.items()) {
            if (item instanceof Scalar s && !Double.isFinite(s.value())) {
                throw overflow(model, s.label() + " (" + s.key() + ")");
            }
            if (item instanceof Series s) {
                for (int i = 0; i < s.values().length; i++) {
                    if (!Double.isFinite(s.values()[i])) {
                        throw overflow(model, s.label() + " for " + s.indexName() + " " + s.index()[i]);
                    }
                }
            }
            if (item instanceof KeyedValues k) {
                for (int i = 0; i < k.values().length; i++) {
                    if (!Double.isFinite(k.values()[i])) {
                        throw overflow(model, k.label() + " (" + k.keys().get(i) + ")");
                    }
                }
            }
        }
        return result;
    }

    /**
     * The result with its items deferred ({@code items}, added on {@code head} when first read) when {@code finite} says
     * every number they report is finite (the cheap test on the arrays); otherwise built and {@link #checked} now, so
     * that the error names the first number that is not.
     */
    static AnalysisResult deferred(AnalysisResult.Builder head, Consumer<AnalysisResult.Builder> items, boolean finite, String model)
            throws AnalysisException {
        AnalysisResult result = head.defer(items).build();
        return finite ? result : checked(result, model);
    }

    /** True when every number is finite: the cheap test before {@link #checked}, which needs the items. */
    static boolean finite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    static boolean finite(double[]... arrays) {
        for (double[] a : arrays) {
            if (!finite(a)) {
                return false;
            }
        }
        return true;
    }

    private static AnalysisException overflow(String model, String what) {
        return new AnalysisException(model + ": the " + what + " is not a finite number: the computation overflowed "
                + "(inputs or results beyond about 1e308); rescale the input, e.g. to 10^4 t or Mt");
    }
}
