package org.landcarbon.analysis.spatial;

import java.util.Random;

/**
 * Global and local Moran's I on a weights matrix aligned with the values.
 *
 * <p>Global (Moran 1950; Cliff and Ord 1981): {@code I = (n / S0) sum_ij w_ij z_i z_j / sum_i z_i^2},
 * {@code z = x - mean}; {@code E[I] = -1/(n-1)}; the variance under randomisation as in R spdep's
 * {@code moran.test}; a permutation p value {@code (1 + #{I_perm >= I}) / (R + 1)} (one-sided, positive
 * autocorrelation, as {@code spdep::moran.mc}).
 *
 * <p>Local (Anselin 1995): {@code I_i = (z_i / m2) sum_j w_ij z_j}, {@code m2 = sum z^2 / n}; pseudo p values by
 * conditional permutation (region i fixed, its neighbours drawn from the other n - 1 values), folded as
 * GeoDa does: {@code (1 + #{I_i,perm >= I_i}) / (R + 1)} when I_i > 0, with {@code <=} otherwise.
 */
public final class Moran {

    private Moran() {
    }

    /** Global results; {@code variance} under randomisation. */
    public record Global(double i, double expected, double variance, double z, double pPermutation, int permutations) {
    }

    /** Local results per region. */
    public record Local(double[] z, double[] lag, double[] ii, double[] p) {
    }

    public static double statistic(double[] x, SpatialWeights w) {
        double[] z = centred(x);
        double num = 0;
        double den = 0;
        for (int i = 0; i < z.length; i++) {
            num += z[i] * lag(w, z, i);
            den += z[i] * z[i];
        }
        return z.length / w.sum() * num / den;
    }

    public static Global global(double[] x, SpatialWeights w, int permutations, long seed) {
        int n = x.length;
        double i = statistic(x, w);
        double s0 = w.sum();
        double s1 = 0;
        double[] rowSum = new double[n];
        double[] colSum = new double[n];
        java.util.Map<Long, Double> entry = new java.util.HashMap<>();
        for (int a = 0; a < n; a++) {
            int[] nb = w.neighbours(a);
            for (int k = 0; k < nb.length; k++) {
                entry.put((long) a * n + nb[k], w.weights(a)[k]);
                rowSum[a] += w.weights(a)[k];
                colSum[nb[k]] += w.weights(a)[k];
            }
        }
        // S1 = 1/2 sum over ordered pairs (w_ab + w_ba)^2, from the sparse entries: a link without its
        // reverse also stands for the ordered pair (b, a)
        for (var en : entry.entrySet()) {
            long a = en.getKey() / n;
            long b = en.getKey() % n;
            double back = entry.getOrDefault(b * n + a, 0.0);
            s1 += (en.getValue() + back) * (en.getValue() + back) / 2;
            if (back == 0) {
                s1 += en.getValue() * en.getValue() / 2;
            }
        }
        double s2 = 0;
        for (int a = 0; a < n; a++) {
            s2 += (rowSum[a] + colSum[a]) * (rowSum[a] + colSum[a]);
        }
        double[] z = centred(x);
        double m2 = 0;
        double m4 = 0;
        for (double v : z) {
            m2 += v * v;
            m4 += v * v * v * v;
        }
        double b2 = n * m4 / (m2 * m2);
        double e = -1.0 / (n - 1);
        double var = (n * ((n * n - 3.0 * n + 3) * s1 - n * s2 + 3 * s0 * s0)
                - b2 * ((n * (double) n - n) * s1 - 2.0 * n * s2 + 6 * s0 * s0))
                / ((n - 1.0) * (n - 2.0) * (n - 3.0) * s0 * s0) - e * e;
        Random random = new Random(seed);
        double[] perm = x.clone();
        int above = 0;
        for (int r = 0; r < permutations; r++) {
            shuffle(perm, random);
            above += statistic(perm, w) >= i ? 1 : 0;
        }
        return new Global(i, e, var, (i - e) / Math.sqrt(var), (1.0 + above) / (permutations + 1), permutations);
    }

    public static Local local(double[] x, SpatialWeights w, int permutations, long seed) {
        int n = x.length;
        double[] z = centred(x);
        double m2 = 0;
        for (double v : z) {
            m2 += v * v / n;
        }
        double[] lag = new double[n];
        double[] ii = new double[n];
        double[] p = new double[n];
        Random random = new Random(seed);
        int[] others = new int[n - 1];
        for (int i = 0; i < n; i++) {
            lag[i] = lag(w, z, i);
            ii[i] = z[i] / m2 * lag[i];
            int[] nb = w.neighbours(i);
            if (nb.length == 0) {
                p[i] = Double.NaN;
                continue;
            }
            double[] wi = w.weights(i);
            int extreme = 0;
            for (int j = 0, k = 0; j < n; j++) {
                if (j != i) {
                    others[k++] = j;
                }
            }
            for (int r = 0; r < permutations; r++) {
                double l = 0;
                // partial Fisher-Yates: the first |nb| of a uniform shuffle of the other regions (any start order will do)
                for (int k = 0; k < nb.length; k++) {
                    int pick = k + random.nextInt(n - 1 - k);
                    int tmp = others[k];
                    others[k] = others[pick];
                    others[pick] = tmp;
                    l += wi[k] * z[others[k]];
                }
                double perm = z[i] / m2 * l;
                extreme += ii[i] > 0 ? (perm >= ii[i] ? 1 : 0) : (perm <= ii[i] ? 1 : 0);
            }
            p[i] = (1.0 + extreme) / (permutations + 1);
        }
        return new Local(z, lag, ii, p);
    }

    /** HH, LL, HL or LH by the sign of z_i and of its spatial lag (0 counts as low). */
    public static String quadrant(double z, double lag) {
        return (z > 0 ? "H" : "L") + (lag > 0 ? "H" : "L");
    }

    private static double lag(SpatialWeights w, double[] z, int i) {
        int[] nb = w.neighbours(i);
        double[] wi = w.weights(i);
        double l = 0;
        for (int k = 0; k < nb.length; k++) {
            l += wi[k] * z[nb[k]];
        }
        return l;
    }

    private static double[] centred(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = x[i] - mean;
        }
        return z;
    }

    private static void shuffle(double[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
