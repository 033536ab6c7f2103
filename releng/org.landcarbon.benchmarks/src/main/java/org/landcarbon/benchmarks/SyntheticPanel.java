package org.landcarbon.benchmarks;

import java.util.SplittableRandom;

/**
 * A SYNTHETIC county-level panel, generated deterministically from a seed: made-up numbers with the
 * shape of real data (China has about 2,850 county-level divisions), used only to time the analyses.
 * Per region: 7 land classes with areas drifting over 40 years (construction growing, cropland
 * shrinking) and a positive net-emission series growing 1-6 % a year with noise.
 */
public final class SyntheticPanel {

    public static final int REGIONS = 2850;
    public static final int YEARS = 40;
    public static final int CLASSES = 7;
    public static final int FIRST_YEAR = 1985;

    /** area[region][class][year], in km2. */
    public final double[][][] area;
    /** net[region][year], in 10^4 t C; strictly positive. */
    public final double[][] net;

    public SyntheticPanel(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        area = new double[REGIONS][CLASSES][YEARS];
        net = new double[REGIONS][YEARS];
        // cropland, garden, forest, grassland, water, unused, construction: base shares and yearly drift
        double[] share = {0.30, 0.04, 0.40, 0.10, 0.03, 0.08, 0.05};
        double[] drift = {-0.004, 0.006, 0.002, -0.010, 0.001, -0.003, 0.025};
        for (int r = 0; r < REGIONS; r++) {
            double total = 500 + random.nextDouble() * 4500;
            for (int c = 0; c < CLASSES; c++) {
                double a = total * share[c] * (0.5 + random.nextDouble());
                double g = drift[c] * (0.5 + random.nextDouble());
                for (int y = 0; y < YEARS; y++) {
                    area[r][c][y] = a;
                    a *= 1 + g + 0.01 * (random.nextDouble() - 0.5);
                }
            }
            double e = 50 + random.nextDouble() * 950;
            double growth = 0.01 + random.nextDouble() * 0.05;
            for (int y = 0; y < YEARS; y++) {
                net[r][y] = e * (1 + 0.08 * (random.nextDouble() - 0.5));
                e *= 1 + growth;
            }
        }
    }
}
