package org.landcarbon.uncertainty;

/**
 * The uncertainty of one number of an account: its point value, mean, sd, the 2.5/50/97.5 percentiles and the
 * 95 % half-width in percent of the point value ((p97.5 - p2.5) / 2 / |point| x 100). All NaN when the number
 * is missing.
 */
public record Statistics(double point, double mean, double sd, double p2_5, double p50, double p97_5) {

    public static final Statistics MISSING = new Statistics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public double halfWidthPct() {
        return point == 0 ? Double.NaN : (p97_5 - p2_5) / 2 / Math.abs(point) * 100;
    }

    public boolean isMissing() {
        return Double.isNaN(point);
    }

    /** Mean, sd and percentiles of a sample (sorted in place); percentiles interpolate linearly (Hyndman-Fan type 7). */
    public static Statistics of(double point, double[] sample) {
        if (Double.isNaN(point) || sample.length == 0) {
            return MISSING;
        }
        // deviations from the point value, so a constant sample has sd exactly 0
        double sum = 0;
        for (double v : sample) {
            sum += v - point;
        }
        double shift = sum / sample.length;
        double mean = point + shift;
        double ss = 0;
        for (double v : sample) {
            ss += (v - point - shift) * (v - point - shift);
        }
        double sd = sample.length > 1 ? Math.sqrt(ss / (sample.length - 1)) : 0;
        java.util.Arrays.sort(sample);
        return new Statistics(point, mean, sd, percentile(sample, 2.5), percentile(sample, 50), percentile(sample, 97.5));
    }

    /** Type-7 percentile of a sorted sample. */
    public static double percentile(double[] sorted, double pct) {
        double h = (sorted.length - 1) * pct / 100;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
