package org.landcarbon.analysis.grey;

import java.util.Locale;

/**
 * The accuracy tests of a grey model on its input: residuals, relative errors, MAPE, the posterior
 * variance ratio C, the small-error probability P and the grade. Which residuals enter C and P, which
 * standard deviation is used and which points MAPE averages are {@link Conventions}, reported with the
 * result, because published studies differ and the numbers depend on them.
 */
public record Gm11Accuracy(double[] residuals, double[] relativeErrorsPct, double mapePct, double c, double p,
        double s1, double s2, double meanResidual, Grade grade, Conventions conventions) {

    /** Which points a statistic is taken over. */
    public enum Points {
        /** All n points, including k = 1 where the residual is 0 by construction (the seed paper's C and P). */
        ALL,
        /** k = 2..n, leaving out the first point that the model reproduces by construction. */
        FROM_SECOND
    }

    /** Population (divide by n) or sample (divide by n - 1) standard deviation. */
    public enum Deviation {
        POPULATION, SAMPLE
    }

    /** The conventions behind C, P and MAPE. Defaults: C and P over all n points, population SD, MAPE over k = 2..n. */
    public record Conventions(Points cpResiduals, Deviation deviation, Points mapeOver) {
        public static final Conventions DEFAULT = new Conventions(Points.ALL, Deviation.POPULATION, Points.FROM_SECOND);
    }

    /** The usual grades (Liu Sifeng's table): good C <= 0.35, P >= 0.95; qualified 0.50, 0.80; barely 0.65, 0.70. */
    public enum Grade {
        GOOD("good (grade 1)"), QUALIFIED("qualified (grade 2)"), BARELY("barely qualified (grade 3)"),
        UNQUALIFIED("unqualified (grade 4)"),
        /** The input is constant (S1 = 0): C and P are undefined, no grade applies. */
        UNDEFINED("no grade: C and P are undefined for a constant input (S1 = 0); judge the fit by MAPE");

        private final String text;

        Grade(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        /** The best grade whose C and P thresholds are both met. */
        public static Grade of(double c, double p) {
            if (Double.isNaN(c) || Double.isNaN(p)) {
                return UNDEFINED;
            }
            if (c <= 0.35 && p >= 0.95) {
                return GOOD;
            }
            if (c <= 0.50 && p >= 0.80) {
                return QUALIFIED;
            }
            if (c <= 0.65 && p >= 0.70) {
                return BARELY;
            }
            return UNQUALIFIED;
        }
    }

    /** Accuracy of {@code fitted} against {@code actual} (same length, actual non-zero for relative errors). */
    public static Gm11Accuracy of(double[] actual, double[] fitted, Conventions conventions) {
        int n = actual.length;
        if (fitted.length != n) {
            throw new IllegalArgumentException(n + " actual values but " + fitted.length + " fitted ones");
        }
        double[] e = new double[n];
        double[] rel = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = actual[k] - fitted[k];
            rel[k] = Math.abs(e[k]) / Math.abs(actual[k]) * 100.0;
        }
        int mapeFrom = conventions.mapeOver() == Points.ALL ? 0 : 1;
        double sumRel = 0;
        for (int k = mapeFrom; k < n; k++) {
            sumRel += rel[k];
        }
        double mape = sumRel / (n - mapeFrom);

        int from = conventions.cpResiduals() == Points.ALL ? 0 : 1;
        boolean sample = conventions.deviation() == Deviation.SAMPLE;
        double s1 = sd(actual, 0, sample);
        double s2 = sd(e, from, sample);
        double mean = mean(e, from);
        boolean constant = s1 <= 1e-12 * maxAbs(actual); // a constant input, up to the rounding of its mean
        double c = constant ? Double.NaN : s2 / s1; // undefined: never 0/0 by accident, never a grade
        int within = 0;
        for (int k = from; k < n; k++) {
            if (Math.abs(e[k] - mean) < 0.6745 * s1) {
                within++;
            }
        }
        double p = constant ? Double.NaN : (double) within / (n - from);
        return new Gm11Accuracy(e, rel, mape, c, p, s1, s2, mean, Grade.of(c, p), conventions);
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** MAPE in percent of {@code predicted} against {@code actual}: the hold-out and back-test error. */
    public static double mapePct(double[] actual, double[] predicted) {
        double s = 0;
        for (int k = 0; k < actual.length; k++) {
            s += Math.abs(actual[k] - predicted[k]) / Math.abs(actual[k]);
        }
        return s / actual.length * 100.0;
    }

    /** The conventions in words, keyed as they appear in results and settings. */
    public static java.util.Map<String, String> describe(Conventions c) {
        return DESCRIPTIONS.computeIfAbsent(c, Gm11Accuracy::words);
    }

    /** Built once per conventions: every region of a panel reports them. */
    private static final java.util.Map<Conventions, java.util.Map<String, String>> DESCRIPTIONS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.Map<String, String> words(Conventions c) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("cp_residuals", c.cpResiduals() == Points.ALL
                ? "all n residuals enter C and P (e(1) = 0 included)" : "residuals k = 2..n enter C and P");
        m.put("sd", c.deviation() == Deviation.POPULATION ? "population standard deviation (divide by n)"
                : "sample standard deviation (divide by n - 1)");
        m.put("mape", c.mapeOver() == Points.ALL ? "MAPE over k = 1..n" : "MAPE over k = 2..n");
        m.put("p_threshold", "P counts |e(k) - mean(e)| < 0.6745 S1, S1 = SD of the input");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static double mean(double[] v, int from) {
        double s = 0;
        for (int i = from; i < v.length; i++) {
            s += v[i];
        }
        return s / (v.length - from);
    }

    private static double sd(double[] v, int from, boolean sample) {
        double mu = mean(v, from);
        double ss = 0;
        for (int i = from; i < v.length; i++) {
            double d = v[i] - mu;
            ss += d * d;
        }
        int count = v.length - from;
        return Math.sqrt(ss / (sample ? count - 1 : count));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "C=%.4f P=%.4f MAPE=%.2f%% %s", c, p, mapePct, grade.text());
    }
}
