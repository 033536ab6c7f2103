package org.landcarbon.ui.internal.editor;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/** Turns what a user typed or pasted into a number, or says why it is not one. */
final class CellValues {

    /** A parsed cell: a value (null for an empty cell) or the reason it was refused. */
    record Parsed(Double value, String error) {
        boolean ok() {
            return error == null;
        }
    }

    /** Plain decimal notation with an optional exponent; no hex, no NaN, no type suffix. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CellValues() {
    }

    static Parsed parse(String text, GridColumn column) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equals("-") || t.equals("\u2013")) {
            return new Parsed(null, null);
        }
        // Spreadsheets copy thousands separators and full-width digits; accept both, refuse the rest.
        String normal = toHalfWidth(t).replace(",", "").replace("\u00a0", "").replace(" ", "");
        if (!NUMBER.matcher(normal).matches()) {
            return new Parsed(null, NLS.bind(Messages.notANumber, t));
        }
        double v = Double.parseDouble(normal);
        if (Double.isInfinite(v)) {
            return new Parsed(null, NLS.bind(Messages.notANumber, t));
        }
        String refused = column.refuse(v);
        return refused != null ? new Parsed(null, refused) : new Parsed(v, null);
    }

    private static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\uff01' && c <= '\uff5e') {
                b.append((char) (c - 0xfee0));
            } else if (c == '\u3002') {
                b.append('.');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A value for reading in a table: at most four decimals (the cell editor and the tooltip keep every digit). */
    static String display(Double value) {
        if (value == null) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A stored value exactly as stored, without a trailing ".0" or exponent. */
    static String format(Double value) {
        if (value == null) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
