package org.landcarbon.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as a report prints them: a fixed number of decimals, rounded half up as a table is read. */
final class Numbers {

    /** The mark of a value that is not available. */
    static final String NONE = "–";

    private Numbers() {
    }

    static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return NONE;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        // a proper minus sign, and no "-0.00"
        if (s.startsWith("-")) {
            s = new BigDecimal(s).signum() == 0 ? s.substring(1) : "−" + s.substring(1);
        }
        return s;
    }

    /** Reads back what {@link #fixed} wrote (for tests and checks): the minus sign and a trailing mark are tolerated. */
    static double parse(String cell) {
        String s = cell.replace('−', '-').replaceAll("[^0-9.\\-]", "");
        return Double.parseDouble(s);
    }
}
