package org.landcarbon.analysis.grey.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code String.format(Locale.ROOT, "%.Nf" / "%.6g", v)} without the Formatter: result texts are built for
 * every region of a panel, and parsing the format string dominated the arithmetic. Same text (the decimal
 * digits of {@link Double#toString} rounded half up, as Formatter does); non-finite values and the
 * scientific range of %g go to the Formatter.
 */
public final class Decimals {

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_UP);
    private static final BigDecimal G_MIN = new BigDecimal("0.0001");
    private static final BigDecimal G_MAX = new BigDecimal("1000000");

    private Decimals() {
    }

    /** As {@code %.<digits>f}. */
    public static String fixed(double v, int digits) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%." + digits + "f", v);
        }
        String s = BigDecimal.valueOf(Math.abs(v)).setScale(digits, RoundingMode.HALF_UP).toPlainString();
        return negative(v) ? "-" + s : s;
    }

    /** As {@code %.6g}. */
    public static String general6(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return String.format(Locale.ROOT, "%.6g", v);
        }
        BigDecimal m = BigDecimal.valueOf(Math.abs(v)).round(SIX);
        if (m.compareTo(G_MIN) < 0 || m.compareTo(G_MAX) >= 0) {
            return String.format(Locale.ROOT, "%.6g", v);
        }
        int exponent = m.precision() - m.scale() - 1;
        String s = m.setScale(5 - exponent, RoundingMode.HALF_UP).toPlainString();
        return negative(v) ? "-" + s : s;
    }

    private static boolean negative(double v) {
        return v < 0 || (v == 0 && 1 / v < 0);
    }
}
