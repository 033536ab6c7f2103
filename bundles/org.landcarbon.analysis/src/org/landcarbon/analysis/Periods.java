package org.landcarbon.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods between two rows of a year-indexed table, written {@code Y1-Y2,Y3-Y4,...} (the form of a
 * {@code --periods} setting). Each is checked against the table's years.
 */
public final class Periods {

    /** A period from one row to a later one; {@code years} = end year - start year. */
    public record Period(int startRow, int endRow, int startYear, int endYear) {
        public int years() {
            return endYear - startYear;
        }

        /** {@code Y1-Y2}, the key of this period in results. */
        public String label() {
            return startYear + "-" + endYear;
        }
    }

    private static final Pattern ONE = Pattern.compile("\\s*(-?\\d+)\\s*-\\s*(-?\\d+)\\s*");

    private Periods() {
    }

    /**
     * Parses {@code text} against the table; empty text gives {@code fallback} (e.g. first to last year,
     * or consecutive years). {@code setting} names the flag in messages.
     */
    public static List<Period> parse(String text, DataTable t, String setting, List<Period> fallback) throws AnalysisException {
        InputChecks.requireNumericIndex(t, "--" + setting);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        List<Period> out = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher m = ONE.matcher(part);
            if (!m.matches()) {
                throw new AnalysisException("--" + setting + ": '" + part.strip() + "' is not a period; write Y1-Y2,Y3-Y4,... e.g. 2005-2012,2012-2019");
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (b <= a) {
                throw new AnalysisException("--" + setting + ": period " + a + "-" + b + " must end after it starts");
            }
            out.add(new Period(row(t, a, setting), row(t, b, setting), a, b));
        }
        return out;
    }

    /** The single period from the first to the last row. */
    public static List<Period> firstToLast(DataTable t) {
        int[] idx = t.index();
        return List.of(new Period(0, idx.length - 1, idx[0], idx[idx.length - 1]));
    }

    /** Every pair of consecutive rows. */
    public static List<Period> consecutive(DataTable t) {
        int[] idx = t.index();
        List<Period> out = new ArrayList<>();
        for (int i = 1; i < idx.length; i++) {
            out.add(new Period(i - 1, i, idx[i - 1], idx[i]));
        }
        return out;
    }

    private static int row(DataTable t, int year, String setting) throws AnalysisException {
        int[] idx = t.index();
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] == year) {
                return i;
            }
        }
        throw new AnalysisException("--" + setting + ": " + t.source() + " has no " + t.indexName() + " " + year + " (it has "
                + idx[0] + ".." + idx[idx.length - 1] + ")");
    }
}
