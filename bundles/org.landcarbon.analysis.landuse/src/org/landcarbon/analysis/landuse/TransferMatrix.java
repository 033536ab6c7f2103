package org.landcarbon.analysis.landuse;

/**
 * A land-use transfer (transition) matrix: {@code area[i][j]} moved from class i (start) to class j (end),
 * the diagonal being the unchanged area. Derived quantities are computed once on construction.
 */
public final class TransferMatrix {

    private final double[][] area;
    private final double[] start;
    private final double[] end;
    private final double[] unchanged;

    public TransferMatrix(double[][] area) {
        int m = area.length;
        this.area = area;
        this.start = new double[m];
        this.end = new double[m];
        this.unchanged = new double[m];
        for (int i = 0; i < m; i++) {
            if (area[i].length != m) {
                throw new IllegalArgumentException("a transfer matrix is square: row " + i + " has " + area[i].length + " of " + m);
            }
            unchanged[i] = area[i][i];
            for (int j = 0; j < m; j++) {
                start[i] += area[i][j];
                end[j] += area[i][j];
            }
        }
    }

    public int size() {
        return area.length;
    }

    /** Area of each class at the start: row sums. */
    public double[] start() {
        return start.clone();
    }

    /** Area of each class at the end: column sums. */
    public double[] end() {
        return end.clone();
    }

    public double[] unchanged() {
        return unchanged.clone();
    }

    /** Area each class lost to others: row sum minus diagonal. */
    public double[] loss() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = start[i] - unchanged[i];
        }
        return out;
    }

    /** Area each class gained from others: column sum minus diagonal. */
    public double[] gain() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = end[i] - unchanged[i];
        }
        return out;
    }

    /** Share of each start class going to each end class, in percent of the start class's area (NaN for an empty class). */
    public double[][] transitionPercent() {
        double[][] out = new double[size()][size()];
        for (int i = 0; i < size(); i++) {
            for (int j = 0; j < size(); j++) {
                out[i][j] = start[i] == 0 ? Double.NaN : area[i][j] / start[i] * 100.0;
            }
        }
        return out;
    }

    /** Total area that changed class: the off-diagonal sum. */
    public double changed() {
        double s = 0;
        for (int i = 0; i < size(); i++) {
            s += start[i] - unchanged[i];
        }
        return s;
    }

    public double total() {
        double s = 0;
        for (double v : start) {
            s += v;
        }
        return s;
    }

    /** Comprehensive dynamic degree from gross changes, {@code sum_ij,i!=j dLU_ij / sum LU_i / T * 100} in %/a. */
    public double comprehensiveDynamicDegree(double years) {
        return changed() / total() / years * 100.0;
    }
}
