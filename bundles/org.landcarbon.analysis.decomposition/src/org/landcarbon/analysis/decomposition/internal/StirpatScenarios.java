package org.landcarbon.analysis.decomposition.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcarbon.analysis.AnalysisException;

/**
 * The scenario matrix: every combination of the growth rates given per driver. A path starts at the last
 * observed impact and moves with the fitted elasticities:
 * {@code ln I(t) = ln I(t0) + sum_j b_j (ln X_j(t) - ln X_j(t0)) + sum_j c_j (ln^2 X_j(t) - ln^2 X_j(t0))},
 * {@code X_j(t) = X_j(t0) (1 + r_j)^(t - t0)}, so the first point is the observed value, not the fit.
 */
final class StirpatScenarios {

    static final int MAX_SCENARIOS = 1000;

    private StirpatScenarios() {
    }

    /** Rates per driver in percent; parsed from {@code name:r1|r2;name:r3}. */
    static Map<String, double[]> parse(String text, List<String> drivers) throws AnalysisException {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        long combinations = 1;
        for (String part : text.split(";")) {
            String[] kv = part.split(":", 2);
            String name = kv[0].strip();
            if (kv.length != 2 || name.isEmpty()) {
                throw new AnalysisException("--rates: '" + part.strip() + "' is not driver:rate|rate; e.g. population:0.3|0.6;affluence:5|6");
            }
            if (!drivers.contains(name)) {
                throw new AnalysisException("--rates: '" + name + "' is not one of the regressors (" + String.join(", ", drivers) + ")");
            }
            String[] items = kv[1].split("\\|");
            double[] r = new double[items.length];
            for (int i = 0; i < items.length; i++) {
                try {
                    r[i] = Double.parseDouble(items[i].strip());
                } catch (NumberFormatException e) {
                    throw new AnalysisException("--rates: '" + items[i].strip() + "' for " + name + " is not a number (percent per year)");
                }
                if (!(r[i] > -100 && r[i] <= 1000)) {
                    throw new AnalysisException("--rates: " + name + " rate " + items[i].strip() + " % per year must be above -100 and at most 1000");
                }
            }
            if (out.put(name, r) != null) {
                throw new AnalysisException("--rates names " + name + " twice");
            }
            combinations *= r.length;
            if (combinations > MAX_SCENARIOS) {
                throw new AnalysisException("--rates gives more than " + MAX_SCENARIOS + " combinations; name fewer rates");
            }
        }
        return out;
    }

    /** All combinations, the last driver varying fastest: each is a rate (percent) per driver in order. */
    static List<double[]> combinations(Map<String, double[]> rates, List<String> drivers) {
        List<double[]> out = new ArrayList<>();
        out.add(new double[drivers.size()]);
        for (int j = 0; j < drivers.size(); j++) {
            double[] options = rates.getOrDefault(drivers.get(j), new double[] {0});
            List<double[]> next = new ArrayList<>();
            for (double[] c : out) {
                for (double r : options) {
                    double[] d = c.clone();
                    d[j] = r;
                    next.add(d);
                }
            }
            out = next;
        }
        return out;
    }

    static String label(double[] rates, List<String> drivers) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < drivers.size(); j++) {
            parts.add(drivers.get(j) + " " + (rates[j] < 0 ? "" : "+") + Num.of(rates[j]) + "%");
        }
        return String.join(", ", parts);
    }

    /**
     * The path over {@code years + 1} points (t0 first). {@code linear[j]}, {@code square[j]} are the
     * elasticity terms of driver j (square 0 when it has none); {@code x0[j]} the last observed driver values.
     */
    static double[] path(double i0, double[] x0, double[] linear, double[] square, double[] ratesPct, int years) {
        double[] out = new double[years + 1];
        for (int t = 0; t <= years; t++) {
            double ln = Math.log(i0);
            for (int j = 0; j < x0.length; j++) {
                double l0 = Math.log(x0[j]);
                double lt = l0 + t * Math.log1p(ratesPct[j] / 100);
                ln += linear[j] * (lt - l0) + square[j] * (lt * lt - l0 * l0);
            }
            out[t] = Math.exp(ln);
        }
        return out;
    }
}
