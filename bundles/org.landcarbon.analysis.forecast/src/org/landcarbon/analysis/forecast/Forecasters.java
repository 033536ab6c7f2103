package org.landcarbon.analysis.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.landcarbon.analysis.grey.Dgm11;
import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.analysis.grey.GreyVerhulst;

/** The methods {@code forecast.compare} benchmarks: four grey models and three non-grey baselines. */
public final class Forecasters {

    private Forecasters() {
    }

    /** All of them, in report order; {@code window} is the rolling GM's window, {@code d} the ARIMA differencing. */
    public static List<Forecaster> all(int window, int d) {
        return List.of(gm11(), dgm11(), verhulst(), rollingGm11(window), linearTrend(), arima(d), ses(), holt());
    }

    public static Forecaster gm11() {
        return grey("gm11", "GM(1,1)", (x, h) -> Gm11.fit(x).forecast(x.length, h), x -> {
            Gm11 m = Gm11.fit(x);
            return f("a = %.6g, b = %.6g", m.a(), m.b());
        });
    }

    public static Forecaster dgm11() {
        return grey("dgm11", "DGM(1,1)", (x, h) -> Dgm11.fit(x).forecast(x.length, h), x -> {
            Dgm11 m = Dgm11.fit(x);
            return f("beta1 = %.6g, beta2 = %.6g", m.beta1(), m.beta2());
        });
    }

    public static Forecaster verhulst() {
        return grey("verhulst", "grey Verhulst", (x, h) -> GreyVerhulst.fit(x).forecast(x.length, h), x -> {
            GreyVerhulst m = GreyVerhulst.fit(x);
            return f("a = %.6g, b = %.6g (the series taken as the S-shaped x1)", m.a(), m.b());
        });
    }

    /** Metabolic GM(1,1): fit on the last w points, forecast one step, let it replace the oldest, repeat. */
    public static Forecaster rollingGm11(int w) {
        return grey("rolling_gm11", "rolling GM(1,1)", (x, h) -> {
            if (x.length < w) {
                throw new IllegalArgumentException("rolling GM(1,1) needs " + w + " points, got " + x.length);
            }
            double[] win = Arrays.copyOfRange(x, x.length - w, x.length);
            double[] out = new double[h];
            for (int i = 0; i < h; i++) {
                out[i] = Gm11.fit(win).forecast(w, 1)[0];
                System.arraycopy(win, 1, win, 0, w - 1);
                win[w - 1] = out[i];
            }
            return out;
        }, x -> "window of " + w + " points, one step at a time");
    }

    /** OLS straight line on t = 0..n-1, extended. */
    public static Forecaster linearTrend() {
        return simple("linear", "linear trend", (x, h) -> {
            double[] ab = line(x);
            double[] out = new double[h];
            for (int i = 0; i < h; i++) {
                out[i] = ab[0] + ab[1] * (x.length + i);
            }
            return out;
        }, x -> {
            double[] ab = line(x);
            return f("y = %.6g + %.6g t (t = 0 at the first point)", ab[0], ab[1]);
        });
    }

    /** ARIMA(p, d, q), p, q <= 2 chosen by AIC, CSS estimation. */
    public static Forecaster arima(int d) {
        return simple("arima", "ARIMA by AIC", (x, h) -> select(x, d).forecast(x, h), x -> {
            Arima a = select(x, d);
            return a.label() + f(", CSS: mu = %.6g, phi = %s, theta = %s, AIC = %.4f", a.mu(), Arrays.toString(a.phi()),
                    Arrays.toString(a.theta()), a.aic());
        });
    }

    /** Simple exponential smoothing, alpha on a 0.01 grid minimising the one-step squared errors. */
    public static Forecaster ses() {
        return simple("ses", "simple exponential smoothing", (x, h) -> {
            double level = sesLevel(x, sesAlpha(x));
            double[] out = new double[h];
            Arrays.fill(out, level);
            return out;
        }, x -> f("alpha = %.2f", sesAlpha(x)));
    }

    /** Holt's linear trend, alpha and beta on a 0.01 grid minimising the one-step squared errors. */
    public static Forecaster holt() {
        return simple("holt", "Holt exponential smoothing", (x, h) -> {
            double[] ab = holtParams(x);
            double[] lb = holtRun(x, ab[0], ab[1]);
            double[] out = new double[h];
            for (int i = 0; i < h; i++) {
                out[i] = lb[0] + (i + 1) * lb[1];
            }
            return out;
        }, x -> {
            double[] ab = holtParams(x);
            return f("alpha = %.2f, beta = %.2f", ab[0], ab[1]);
        });
    }

    private static Arima select(double[] x, int d) {
        Arima a = Arima.select(x, d);
        if (a == null) {
            throw new IllegalArgumentException("ARIMA needs at least " + (d + 3) + " points, got " + x.length);
        }
        return a;
    }

    static double[] line(double[] x) {
        int n = x.length;
        double tm = (n - 1) / 2.0;
        double ym = Arrays.stream(x).average().orElse(Double.NaN);
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - tm) * (x[t] - ym);
            sxx += (t - tm) * (t - tm);
        }
        double b = sxy / sxx;
        return new double[] {ym - b * tm, b};
    }

    private static double sesLevel(double[] x, double alpha) {
        double level = x[0];
        for (int t = 1; t < x.length; t++) {
            level = alpha * x[t] + (1 - alpha) * level;
        }
        return level;
    }

    static double sesAlpha(double[] x) {
        double best = Double.NaN;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int i = 1; i <= 99; i++) {
            double a = i / 100.0;
            double level = x[0];
            double sse = 0;
            for (int t = 1; t < x.length; t++) {
                sse += (x[t] - level) * (x[t] - level);
                level = a * x[t] + (1 - a) * level;
            }
            if (sse < bestSse) {
                bestSse = sse;
                best = a;
            }
        }
        return best;
    }

    /** Level and trend at the end; starts l = x0, b = x1 - x0. */
    static double[] holtRun(double[] x, double a, double b) {
        double level = x[0];
        double trend = x[1] - x[0];
        for (int t = 1; t < x.length; t++) {
            double prev = level;
            level = a * x[t] + (1 - a) * (level + trend);
            trend = b * (level - prev) + (1 - b) * trend;
        }
        return new double[] {level, trend};
    }

    static double[] holtParams(double[] x) {
        if (x.length < 3) {
            throw new IllegalArgumentException("Holt smoothing needs at least 3 points, got " + x.length);
        }
        double[] best = {Double.NaN, Double.NaN};
        double bestSse = Double.POSITIVE_INFINITY;
        for (int i = 1; i <= 99; i++) {
            for (int j = 1; j <= 99; j++) {
                double a = i / 100.0;
                double b = j / 100.0;
                double level = x[0];
                double trend = x[1] - x[0];
                double sse = 0;
                for (int t = 1; t < x.length; t++) {
                    double e = x[t] - (level + trend);
                    sse += e * e;
                    double prev = level;
                    level = a * x[t] + (1 - a) * (level + trend);
                    trend = b * (level - prev) + (1 - b) * trend;
                }
                if (sse < bestSse) {
                    bestSse = sse;
                    best = new double[] {a, b};
                }
            }
        }
        return best;
    }

    private interface Fn {
        double[] apply(double[] x, int h);
    }

    private interface Describe {
        String apply(double[] x);
    }

    private static Forecaster grey(String key, String label, Fn fn, Describe describe) {
        return make(key, label, true, fn, describe);
    }

    private static Forecaster simple(String key, String label, Fn fn, Describe describe) {
        return make(key, label, false, fn, describe);
    }

    private static Forecaster make(String key, String label, boolean positive, Fn fn, Describe describe) {
        return new Forecaster() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public boolean needsPositive() {
                return positive;
            }

            @Override
            public double[] forecast(double[] history, int h) {
                return fn.apply(history, h);
            }

            @Override
            public String describe(double[] history) {
                return describe.apply(history);
            }
        };
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
