package org.landcarbon.io.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.landcarbon.model.text.Limits;
import org.landcarbon.model.text.Numbers;
import org.landcarbon.model.text.Texts;

/** Reads years and numbers from cell texts, saying precisely why a text is not one. */
public final class Cells {

    /** Years outside this range are typing errors, not data. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern EXCEL_ERROR = Pattern.compile("#(DIV/0!|N/A|VALUE!|REF!|NAME\\?|NUM!|NULL!|SPILL!|CALC!)");
    private static final Pattern YEAR = Pattern.compile("[+]?\\d+(\\.0+)?");

    /** A parsed cell: the value, or the reason it is not one. */
    public record Parsed(double value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private Cells() {
    }

    /** A number by the one strict syntax of {@link Numbers}, after the spellings spreadsheets add (１２３, 7,907,300, −5). */
    public static Parsed number(String text) {
        if (text.length() > Limits.MAX_CELL_CHARS) {
            return new Parsed(0, Numbers.parse(text).error());
        }
        String t = ascii(text).replace('\u2212', '-');
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (EXCEL_ERROR.matcher(t).matches()) {
            return new Parsed(0, "the cell holds the Excel error " + t + ", not a number");
        }
        Numbers.Parsed p = Numbers.parse(t);
        if (p.ok()) {
            return new Parsed(p.value(), null);
        }
        if (p.error().startsWith("not a number")) {
            String lower = t.toLowerCase(Locale.ROOT);
            String hint = lower.equals("-") || lower.equals("na") || lower.equals("n/a") || lower.equals("—")
                    || lower.equals("nan") ? " (leave the cell empty for a missing value)" : "";
            return new Parsed(0, "not a number: " + Texts.quote(text) + (hint.isEmpty() ? p.error().substring(("not a number: " + Texts.quote(t)).length()) : hint));
        }
        return new Parsed(0, p.error().replace(Texts.quote(t), Texts.quote(text)));
    }

    public static Parsed year(String text) {
        String t = text.length() > Limits.MAX_CELL_CHARS ? text.strip() : ascii(text);
        if (t.isEmpty()) {
            return new Parsed(0, "no year");
        }
        if (t.length() > 20 || !YEAR.matcher(t).matches()) {
            return new Parsed(0, "year is not a whole number: " + Texts.quote(t));
        }
        BigDecimal y = new BigDecimal(t);
        if (y.compareTo(BigDecimal.valueOf(MIN_YEAR)) < 0 || y.compareTo(BigDecimal.valueOf(MAX_YEAR)) > 0) {
            return new Parsed(0, "year " + y.toBigInteger() + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        return new Parsed(y.intValue(), null);
    }

    /** Full-width digits, signs and points (１２３．５, typed with a Chinese input method) as ASCII. */
    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** A number written back as the shortest text that reads as the same double. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
