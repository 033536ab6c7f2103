package org.landcarbon.accounting.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for trails: enough significant digits to recompute by hand, no exponent noise. */
final class Quantities {

    private Quantities() {
    }

    static String format(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).round(new MathContext(8)).stripTrailingZeros().toPlainString();
    }
}
