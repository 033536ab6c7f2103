package org.landcarbon.analysis.grey.internal;

import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.InputChecks;

/** The one positive, equally spaced series a grey model needs, checked with messages that name the place. */
record GreySeries(DataTable table, Column column, int[] index, double[] x0) {

    static GreySeries of(DataTable t, String model, int minPoints) throws AnalysisException {
        if (t.columns().size() != 1) {
            throw new AnalysisException(t.source() + ": " + model + " takes one series, the input has " + t.columns().size()
                    + " columns (" + String.join(", ", t.columnNames()) + "); choose one");
        }
        Column c = t.columns().get(0);
        InputChecks.requireNumericIndex(t, model);
        InputChecks.requireRows(t, minPoints, model);
        InputChecks.requireEqualSteps(t, model);
        InputChecks.requirePositive(t, c, model);
        return new GreySeries(t, c, t.index(), c.values());
    }

    /** The first m points only (for a hold-out fit); the table and column stay for messages. */
    GreySeries head(int m) {
        return new GreySeries(table, column, java.util.Arrays.copyOf(index, m), java.util.Arrays.copyOf(x0, m));
    }

    /** The index values of the points from row {@code from} on. */
    int[] indexFrom(int from) {
        return java.util.Arrays.copyOfRange(index, from, index.length);
    }

    int n() {
        return x0.length;
    }

    String unit() {
        return column.unit();
    }

    /** The index values of the h steps after the input. */
    int[] after(int h) {
        int[] out = new int[h];
        for (int i = 0; i < h; i++) {
            out[i] = index[index.length - 1] + 1 + i;
        }
        return out;
    }

    String what() {
        return table.source() + " column " + column.name();
    }
}
