package org.landcarbon.analysis.landuse;

/**
 * The land-use structure indices on plain arrays (areas of classes, any one area unit).
 * Percent rates are per year ("%/a"); {@code years} is the length of the period.
 */
public final class LandUseIndices {

    private LandUseIndices() {
    }

    /** Gibbs-Martin diversity {@code G = 1 - sum x_i^2 / (sum x_i)^2}; 0 for one class, towards 1 - 1/m for m equal classes. NaN for no area. */
    public static double gibbsMartin(double[] areas) {
        double s = 0, ss = 0;
        for (double x : areas) {
            s += x;
            ss += x * x;
        }
        return s == 0 ? Double.NaN : 1 - ss / (s * s);
    }

    /** Single land-use dynamic degree {@code K = (Ub - Ua) / Ua / T * 100} in %/a; NaN when Ua = 0. */
    public static double singleDynamicDegree(double start, double end, double years) {
        return start == 0 ? Double.NaN : (end - start) / start / years * 100.0;
    }

    /**
     * Comprehensive dynamic degree {@code LC = sum_i |dLU_i| / (2 sum_i LU_i) / T * 100} in %/a from the
     * areas at the start and end. With areas only, |dLU_i| is the net change of class i, a lower bound of
     * the gross change that a transfer matrix would show.
     */
    public static double comprehensiveDynamicDegree(double[] start, double[] end, double years) {
        double changed = 0, total = 0;
        for (int i = 0; i < start.length; i++) {
            changed += Math.abs(end[i] - start[i]);
            total += start[i];
        }
        return total == 0 ? Double.NaN : changed / (2 * total) / years * 100.0;
    }

    /** Average annual (compound) growth rate {@code ((Ub / Ua)^(1/T) - 1) * 100} in %/a; NaN when Ua <= 0 or Ub < 0. */
    public static double averageAnnualGrowthRate(double start, double end, double years) {
        if (!(start > 0) || end < 0) {
            return Double.NaN;
        }
        return (Math.pow(end / start, 1.0 / years) - 1) * 100.0;
    }
}
