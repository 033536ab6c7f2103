package org.landcarbon.analysis.grey.internal;

import java.util.Locale;

/**
 * {@code String.format(Locale.ROOT, "%.Nf" / "%.6g", v)} without the Formatter: result texts are built for
 * every region of a panel, and parsing the format string dominated the arithmetic. Same text (the decimal
 * digits of {@link Double#toString} rounded half up, as Formatter does); non-finite values and the
 * scientific range of %g go to the Formatter. The rounding works on those digits as characters, not through
 * {@code BigDecimal}, whose class initializer alone takes about 20 ms of a command's 0.5 s start.
 */
public final class Decimals {

    private Decimals() {
    }

    /** As {@code %.<digits>f}. */
    public static String fixed(double v, int digits) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%." + digits + "f", v);
        }
        Digits d = Digits.of(Math.abs(v));
        d.roundHalfUp(d.point + digits);
        String s = d.plain(digits);
        return negative(v) ? "-" + s : s;
    }

    /** As {@code %.6g}. */
    public static String general6(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return String.format(Locale.ROOT, "%.6g", v);
        }
        Digits d = Digits.of(Math.abs(v));
        d.roundHalfUp(6);
        int exponent = d.point - 1; // of the rounded value: d.digits has no leading zero
        if (exponent < -4 || exponent >= 6) { // below 1e-4 or from 1e6 on: %g's scientific form
            return String.format(Locale.ROOT, "%.6g", v);
        }
        String s = d.plain(5 - exponent);
        return negative(v) ? "-" + s : s;
    }

    private static boolean negative(double v) {
        return v < 0 || (v == 0 && 1 / v < 0);
    }

    /** A non-negative decimal 0.{@code digits} x 10^{@code point}, {@code digits} without leading zeros. */
    private static final class Digits {
        private StringBuilder digits;
        private int point;

        /** The digits of {@link Double#toString}, the shortest decimal that reads back as {@code v}. */
        static Digits of(double v) {
            String s = Double.toString(v);
            int e = s.indexOf('E');
            int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
            String mantissa = e < 0 ? s : s.substring(0, e);
            int dot = mantissa.indexOf('.');
            Digits d = new Digits();
            d.digits = new StringBuilder(mantissa.length()).append(mantissa, 0, dot).append(mantissa, dot + 1, mantissa.length());
            d.point = dot + exponent;
            int zeros = 0;
            while (zeros < d.digits.length() && d.digits.charAt(zeros) == '0') {
                zeros++;
            }
            d.digits.delete(0, zeros);
            d.point -= zeros;
            if (d.digits.isEmpty()) {
                d.point = 0; // zero
            }
            return d;
        }

        /** Keeps the first {@code keep} digits, rounding half up on the first one dropped. */
        void roundHalfUp(int keep) {
            if (keep >= digits.length()) {
                return;
            }
            boolean up = keep >= 0 && digits.charAt(keep) >= '5';
            digits.setLength(Math.max(keep, 0));
            if (!up) {
                return;
            }
            int i = digits.length() - 1;
            while (i >= 0 && digits.charAt(i) == '9') {
                digits.setCharAt(i--, '0');
            }
            if (i >= 0) {
                digits.setCharAt(i, (char) (digits.charAt(i) + 1));
            } else { // 9.99 -> 10.0, or nothing kept: 0.6 -> 1
                digits.insert(0, '1');
                point++;
            }
        }

        /** The plain text with {@code scale} decimals: leading "0", trailing zeros as needed, no exponent. */
        String plain(int scale) {
            StringBuilder out = new StringBuilder(Math.max(point, 1) + scale + 2);
            if (point <= 0) {
                out.append('0');
            } else {
                for (int i = 0; i < point; i++) {
                    out.append(i < digits.length() ? digits.charAt(i) : '0');
                }
            }
            if (scale > 0) {
                out.append('.');
                for (int i = point; i < point + scale; i++) {
                    out.append(i >= 0 && i < digits.length() ? digits.charAt(i) : '0');
                }
            }
            return out.toString();
        }
    }
}
