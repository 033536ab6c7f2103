package org.landcarbon.scenarios.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting for provenance text: short, exact enough to redo the calculation by hand. */
public final class Numbers {

    private Numbers() {
    }

    /** Six significant digits, trailing zeros dropped, never in exponent notation for everyday sizes. */
    public static String num(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        BigDecimal d = new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_UP)).stripTrailingZeros();
        return d.abs().compareTo(new BigDecimal("1e12")) < 0 ? d.toPlainString() : d.toString();
    }

    /** A percentage with up to four decimals, e.g. 1.9 or -0.0913. */
    public static String pct(double fraction) {
        BigDecimal d = new BigDecimal(fraction * 100).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
