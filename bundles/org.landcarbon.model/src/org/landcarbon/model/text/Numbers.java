package org.landcarbon.model.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one strict number syntax of every reader (CSV and XLSX imports, analysis inputs, coefficient
 * tables, rule parameters): digits with a decimal point and an optional exponent, {@code 12.5},
 * {@code -3}, {@code 1.5E-3}. Java's own literals ({@code 2498.7d}, {@code 0x1.38Bp11}),
 * {@code NaN} and {@code Infinity} are refused, and so is any number beyond the range of a double.
 */
public final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?(\\d+))?");

    /** A parsed text: the finite value, or the reason it is not one (quoting at most 80 characters). */
    public record Parsed(double value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private Numbers() {
    }

    public static Parsed parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Parsed(0, "no number");
        }
        if (t.length() > Limits.MAX_CELL_CHARS) {
            return new Parsed(0, "cell too long: " + String.format("%,d", t.length()) + " characters, the limit is "
                    + String.format("%,d", Limits.MAX_CELL_CHARS) + " (" + Texts.quote(t) + ")");
        }
        java.util.regex.Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            return new Parsed(0, "not a number: " + Texts.quote(t) + hint(t));
        }
        // an exponent of 6 digits or more is far beyond a double (1.8E308) either way
        double v = m.group(4) != null && m.group(4).length() > 5 ? Double.POSITIVE_INFINITY : new BigDecimal(t).doubleValue();
        if (!Double.isFinite(v)) {
            return new Parsed(0, "number out of range: " + Texts.quote(t));
        }
        return new Parsed(v, null);
    }

    /** The value, or an {@link IllegalArgumentException} with the reason. */
    public static double parseOrThrow(String text) {
        Parsed p = parse(text);
        if (!p.ok()) {
            throw new IllegalArgumentException(p.error());
        }
        return p.value();
    }

    private static String hint(String t) {
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("nan") || lower.contains("infinity") || lower.equals("inf")) {
            return " (NaN and Infinity are not values; leave the cell empty for a missing value)";
        }
        if (lower.startsWith("0x") || lower.startsWith("-0x") || lower.startsWith("+0x")) {
            return " (hexadecimal numbers are not accepted; write it in decimal)";
        }
        if (lower.matches("[+-]?[0-9.]+(e[+-]?\\d+)?[dfl]")) {
            return " (no type suffix such as d or f; write the digits only)";
        }
        return "";
    }
}
