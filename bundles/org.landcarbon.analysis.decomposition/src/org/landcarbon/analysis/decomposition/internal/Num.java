package org.landcarbon.analysis.decomposition.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in labels and equations: six significant digits without trailing zeros (1.6, not 1.60000). */
final class Num {

    private Num() {
    }

    static String of(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
