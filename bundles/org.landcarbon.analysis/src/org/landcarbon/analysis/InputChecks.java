package org.landcarbon.analysis;

import org.landcarbon.analysis.DataTable.Column;

/** Checks that analyses share, each failing with a message that names the place and the problem. */
public final class InputChecks {

    private InputChecks() {
    }

    public static void requireRows(DataTable t, int min, String why) throws AnalysisException {
        if (t.rows() < min) {
            throw new AnalysisException(t.source() + ": " + why + " needs at least " + min + " " + plural(t)
                    + ", the input has " + t.rows());
        }
    }

    public static void requireNumericIndex(DataTable t, String why) throws AnalysisException {
        if (!t.hasNumericIndex()) {
            throw new AnalysisException(t.source() + ": " + why + " needs rows numbered by year or index, not labels");
        }
    }

    /** The index must increase by exactly one per row (consecutive years): the grey models assume equal steps. */
    public static void requireEqualSteps(DataTable t, String why) throws AnalysisException {
        int[] idx = t.index();
        for (int i = 1; i < idx.length; i++) {
            if (idx[i] != idx[i - 1] + 1) {
                throw new AnalysisException(t.locate(i, null) + ": " + why + " needs consecutive " + t.indexName()
                        + "s (equal steps); " + idx[i - 1] + " is followed by " + idx[i]);
            }
        }
    }

    public static void requireFinite(DataTable t, Column c) throws AnalysisException {
        double[] v = c.values();
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new AnalysisException(t.locate(i, c.name()) + ": missing or non-numeric value");
            }
        }
    }

    public static void requirePositive(DataTable t, Column c, String why) throws AnalysisException {
        double[] v = c.values();
        boolean bad = false;
        for (double x : v) {
            bad |= !(x > 0 && x < Double.POSITIVE_INFINITY); // one pass for both checks: NaN, infinities, x <= 0
        }
        if (!bad) {
            return;
        }
        requireFinite(t, c); // a non-finite value is reported first, wherever it is
        for (int i = 0; i < v.length; i++) {
            if (v[i] <= 0) {
                throw new AnalysisException(t.locate(i, c.name()) + ": " + why + " needs positive values, got " + v[i]);
            }
        }
    }

    public static void requireNonNegative(DataTable t, Column c, String why) throws AnalysisException {
        double[] v = c.values();
        int negative = -1;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                requireFinite(t, c); // one pass; a non-finite value is reported first, wherever it is
            }
            if (v[i] < 0 && negative < 0) {
                negative = i;
            }
        }
        if (negative >= 0) {
            throw new AnalysisException(t.locate(negative, c.name()) + ": " + why + " needs values of zero or more, got " + v[negative]);
        }
    }

    /** The row of a year or index, or an error naming the ones there are. */
    public static int rowOf(DataTable t, int indexValue) throws AnalysisException {
        int[] idx = t.index();
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] == indexValue) {
                return i;
            }
        }
        throw new AnalysisException(t.source() + ": no row for " + t.indexName() + " " + indexValue + " (the input has "
                + (idx.length == 0 ? "none" : idx[0] + ".." + idx[idx.length - 1]) + ")");
    }

    private static String plural(DataTable t) {
        return t.indexKind() == DataTable.IndexKind.YEAR ? "years" : "rows";
    }
}
