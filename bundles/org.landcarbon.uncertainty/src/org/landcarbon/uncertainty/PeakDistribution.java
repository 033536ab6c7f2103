package org.landcarbon.uncertainty;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The peak year of a path over Monte Carlo draws. As for the point path (scenarios' {@code Peak}), the peak of a
 * draw is the earliest year of its maximum, and a maximum in the last year is no peak before the horizon.
 *
 * @param pointYear the peak year of the point path ({@code pointReached} false: no peak before the horizon)
 * @param years peak year to the number of draws that peak then (draws without a peak are not in it)
 * @param noPeak draws whose maximum is in the last year
 * @param draws all draws
 */
public record PeakDistribution(int pointYear, boolean pointReached, Map<Integer, Integer> years, int noPeak, int draws) {

    public PeakDistribution {
        years = java.util.Collections.unmodifiableMap(new TreeMap<>(years));
    }

    /** Peaks of the output's path in every draw ({@code out[d]} laid out as {@link UncertaintyModel#index}). */
    public static PeakDistribution of(UncertaintyModel model, double[][] out, String output) {
        List<Integer> yearList = model.years();
        int[] slots = new int[yearList.size()];
        for (int y = 0; y < slots.length; y++) {
            slots[y] = model.index(yearList.get(y), output);
        }
        int point = peakIndex(model.point(), slots);
        Map<Integer, Integer> counts = new TreeMap<>();
        int none = 0;
        for (double[] draw : out) {
            int p = peakIndex(draw, slots);
            if (p == slots.length - 1) {
                none++;
            } else {
                counts.merge(yearList.get(p), 1, Integer::sum);
            }
        }
        return new PeakDistribution(yearList.get(point), point != slots.length - 1, counts, none, out.length);
    }

    private static int peakIndex(double[] values, int[] slots) {
        int best = 0;
        for (int i = 1; i < slots.length; i++) {
            if (values[slots[i]] > values[slots[best]]) {
                best = i;
            }
        }
        return best;
    }

    /** Share of draws that peak in or before {@code year} (a draw without a peak before the horizon does not). */
    public double probabilityByYear(int year) {
        int n = 0;
        for (var e : years.entrySet()) {
            n += e.getKey() <= year ? e.getValue() : 0;
        }
        return (double) n / draws;
    }

    public double probabilityNoPeak() {
        return (double) noPeak / draws;
    }

    /**
     * The year below which the given share of draws peak (draws without a peak counted as after the last year);
     * {@code Integer.MAX_VALUE} when that share is not reached before the horizon.
     */
    public int quantileYear(double share) {
        long need = (long) Math.ceil(share * draws);
        long n = 0;
        for (var e : years.entrySet()) {
            n += e.getValue();
            if (n >= need) {
                return e.getKey();
            }
        }
        return Integer.MAX_VALUE;
    }
}
