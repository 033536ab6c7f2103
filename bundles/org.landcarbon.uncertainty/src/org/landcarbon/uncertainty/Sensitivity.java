package org.landcarbon.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Sensitivity of a scalar target to the uncertain inputs, each input described by its distribution:
 * <ul>
 * <li>one at a time (tornado): the target with one input at its 2.5 and 97.5 percentiles, the others at their
 * point values;</li>
 * <li>Morris elementary effects: r one-at-a-time trajectories on a 4-level grid of probabilities 0.025..0.975
 * (step 2/3 of the range), mu* = mean |EE|, sigma = sd of EE, in target units per unit of that probability
 * range;</li>
 * <li>Sobol first-order and total indices from Saltelli's sampling (matrices A, B and A with column i from B),
 * first order by Saltelli et al. (2010) S_i = mean(f(B)(f(AB_i) - f(A))) / V, total by Jansen (1999)
 * ST_i = mean((f(A) - f(AB_i))^2) / (2V), V the variance of f over A and B; N (k + 2) evaluations.</li>
 * </ul>
 * Global methods treat inputs as independent (correlations are not used). Seeded like {@link MonteCarlo}.
 */
public final class Sensitivity {

    /** Result for one input; fields a method does not compute are NaN. */
    public record Index(String input, double low, double high, double swing, double muStar, double mu, double sigma, double first,
            double total) {
    }

    public record Result(String method, String target, double point, double variance, int evaluations, long seed, List<Index> indices) {
        public Result {
            indices = List.copyOf(indices);
        }
    }

    public static final int MAX_EVALUATIONS = 10_000_000;

    private Sensitivity() {
    }

    public static Result oat(List<UncertainInput> inputs, ToDoubleFunction<double[]> f, String target) {
        double[] x0 = point(inputs);
        double y0 = f.applyAsDouble(x0);
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            double[] lo = x0.clone();
            double[] hi = x0.clone();
            lo[i] = inputs.get(i).distribution().quantile(0.025);
            hi[i] = inputs.get(i).distribution().quantile(0.975);
            double a = f.applyAsDouble(lo);
            double b = f.applyAsDouble(hi);
            out.add(new Index(inputs.get(i).id(), a, b, Math.abs(b - a), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        }
        out.sort(Comparator.comparingDouble(Index::swing).reversed());
        return new Result("oat", target, y0, Double.NaN, 1 + 2 * inputs.size(), 0, out);
    }

    public static Result morris(List<UncertainInput> inputs, ToDoubleFunction<double[]> f, String target, int trajectories, long seed) {
        int k = inputs.size();
        check((long) trajectories * (k + 1));
        int levels = 4;
        double delta = levels / (2.0 * (levels - 1));
        double[][] ee = new double[k][trajectories];
        IntStream.range(0, trajectories).parallel().forEach(t -> {
            RandomGenerator rng = new Well19937c(new int[] { (int) (seed >>> 32), (int) seed, t });
            double[] u = new double[k];
            for (int i = 0; i < k; i++) {
                // start so that the step +-delta stays on the grid {0, 1/3, 2/3, 1}
                u[i] = rng.nextInt(levels - levels / 2) / (double) (levels - 1);
            }
            int[] order = shuffle(k, rng);
            double y = f.applyAsDouble(grid(inputs, u));
            for (int i : order) {
                double step = u[i] + delta <= 1 ? delta : -delta;
                u[i] += step;
                double y2 = f.applyAsDouble(grid(inputs, u));
                ee[i][t] = (y2 - y) / step;
                y = y2;
            }
        });
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double sa = 0;
            double s = 0;
            for (double e : ee[i]) {
                sa += Math.abs(e);
                s += e;
            }
            double mu = s / trajectories;
            double ss = 0;
            for (double e : ee[i]) {
                ss += (e - mu) * (e - mu);
            }
            out.add(new Index(inputs.get(i).id(), Double.NaN, Double.NaN, Double.NaN, sa / trajectories, mu,
                    trajectories > 1 ? Math.sqrt(ss / (trajectories - 1)) : 0, Double.NaN, Double.NaN));
        }
        out.sort(Comparator.comparingDouble(Index::muStar).reversed());
        return new Result("morris", target, f.applyAsDouble(point(inputs)), Double.NaN, trajectories * (k + 1), seed, out);
    }

    public static Result sobol(List<UncertainInput> inputs, ToDoubleFunction<double[]> f, String target, int n, long seed) {
        int k = inputs.size();
        check((long) n * (k + 2));
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        int blocks = (n + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK;
        IntStream.range(0, blocks).parallel().forEach(bl -> {
            RandomGenerator rng = new Well19937c(new int[] { (int) (seed >>> 32), (int) seed, bl });
            for (int d = bl * MonteCarlo.BLOCK; d < Math.min(n, (bl + 1) * MonteCarlo.BLOCK); d++) {
                a[d] = uniform(rng, k);
                b[d] = uniform(rng, k);
            }
        });
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[k][n];
        IntStream.range(0, n).parallel().forEach(d -> {
            fa[d] = f.applyAsDouble(values(inputs, a[d]));
            fb[d] = f.applyAsDouble(values(inputs, b[d]));
            for (int i = 0; i < k; i++) {
                double[] u = a[d].clone();
                u[i] = b[d][i];
                fab[i][d] = f.applyAsDouble(values(inputs, u));
            }
        });
        double mean = 0;
        for (int d = 0; d < n; d++) {
            mean += fa[d] + fb[d];
        }
        mean /= 2 * n;
        double v = 0;
        for (int d = 0; d < n; d++) {
            v += (fa[d] - mean) * (fa[d] - mean) + (fb[d] - mean) * (fb[d] - mean);
        }
        v /= 2 * n - 1;
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double s1 = 0;
            double st = 0;
            for (int d = 0; d < n; d++) {
                // f(B) centred on the mean: the same expectation, but no variance from a large mean (an account's net)
                s1 += (fb[d] - mean) * (fab[i][d] - fa[d]);
                st += (fa[d] - fab[i][d]) * (fa[d] - fab[i][d]);
            }
            double first = v == 0 ? Double.NaN : s1 / n / v;
            double total = v == 0 ? Double.NaN : st / (2.0 * n) / v;
            out.add(new Index(inputs.get(i).id(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, first, total));
        }
        out.sort(Comparator.comparingDouble((Index x) -> Double.isNaN(x.total()) ? 0 : x.total()).reversed());
        return new Result("sobol", target, f.applyAsDouble(point(inputs)), v, n * (k + 2), seed, out);
    }

    private static void check(long evaluations) {
        if (evaluations > MAX_EVALUATIONS) {
            throw new IllegalArgumentException(evaluations + " model evaluations exceed the limit of " + MAX_EVALUATIONS
                    + "; use fewer draws");
        }
    }

    private static double[] uniform(RandomGenerator rng, int k) {
        double[] u = new double[k];
        for (int i = 0; i < k; i++) {
            u[i] = Math.min(1 - 1e-12, Math.max(1e-12, rng.nextDouble()));
        }
        return u;
    }

    /** Morris levels 0..1 are the probabilities 0.025..0.975 (unbounded distributions have no 0 and 1 quantiles). */
    private static double[] grid(List<UncertainInput> inputs, double[] u) {
        double[] p = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            p[i] = 0.025 + 0.95 * u[i];
        }
        return values(inputs, p);
    }

    private static double[] values(List<UncertainInput> inputs, double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            x[i] = inputs.get(i).distribution().quantile(u[i]);
        }
        return x;
    }

    private static int[] shuffle(int k, RandomGenerator rng) {
        int[] p = IntStream.range(0, k).toArray();
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static double[] point(List<UncertainInput> inputs) {
        return inputs.stream().mapToDouble(UncertainInput::point).toArray();
    }
}
