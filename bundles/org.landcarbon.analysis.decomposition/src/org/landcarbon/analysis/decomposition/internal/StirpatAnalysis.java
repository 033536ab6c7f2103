package org.landcarbon.analysis.decomposition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.InputChecks;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.decomposition.LinearModel;
import org.landcarbon.analysis.decomposition.LinearModel.Fit;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.Text;
import org.osgi.service.component.annotations.Component;

/**
 * {@code decomposition.stirpat}: ln I = a + b ln P + c ln A + d ln T (+ user terms) by OLS and ridge
 * regression (the drivers are usually collinear), with VIF, R2, the ridge trace and the Hoerl-Kennard-Baldwin
 * k, and a scenario matrix of growth rates giving emission paths and their peak years.
 */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=decomposition.stirpat")
public final class StirpatAnalysis implements Analysis<StirpatSettings> {

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("decomposition.stirpat",
            "STIRPAT regression", "STIRPAT模型", LmdiAnalysis.CATEGORY, InputKind.SERIES_SET,
            "Regresses ln I on the logarithms of its drivers (population, affluence, technology and any others) by OLS and "
                    + "by ridge regression, reports VIF, R2 and the ridge trace, chooses k by Hoerl-Kennard-Baldwin unless given, "
                    + "and runs a matrix of growth-rate scenarios to emission paths and peak years.",
            "Dietz T., Rosa E.A. (1994) Rethinking the environmental impacts of population, affluence and technology; "
                    + "York R., Rosa E.A., Dietz T. (2003) STIRPAT, IPAT and ImPACT; Hoerl A.E., Kennard R.W. (1970) Ridge regression; "
                    + "Hoerl A.E., Kennard R.W., Baldwin K.F. (1975) Ridge regression: some simulations");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<StirpatSettings> settingsType() {
        return StirpatSettings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, StirpatSettings s) throws AnalysisException {
        String why = "STIRPAT (logarithms)";
        InputChecks.requireNumericIndex(input, "STIRPAT");
        Column impact = input.column(s.impact);
        InputChecks.requirePositive(input, impact, why);
        List<String> drivers = List.of(s.regressors);
        List<Column> x = new ArrayList<>();
        for (String d : drivers) {
            if (d.equals(s.impact)) {
                throw new AnalysisException("--regressors: " + d + " is the impact itself");
            }
            Column c = input.column(d);
            InputChecks.requirePositive(input, c, why);
            x.add(c);
        }
        for (String q : s.squared) {
            if (!drivers.contains(q)) {
                throw new AnalysisException("--squared: " + q + " is not one of the regressors (" + String.join(", ", drivers) + ")");
            }
        }
        List<String> terms = new ArrayList<>();
        drivers.forEach(d -> terms.add("ln " + d));
        Arrays.stream(s.squared).forEach(q -> terms.add("(ln " + q + ")^2"));
        int p = terms.size();
        InputChecks.requireRows(input, p + 2, "STIRPAT with " + p + " terms and an intercept");
        int n = input.rows();
        double[] y = new double[n];
        double[][] design = new double[n][p];
        for (int i = 0; i < n; i++) {
            y[i] = Math.log(impact.values()[i]);
            for (int j = 0; j < drivers.size(); j++) {
                design[i][j] = Math.log(x.get(j).values()[i]);
            }
            for (int q = 0; q < s.squared.length; q++) {
                double l = design[i][drivers.indexOf(s.squared[q])];
                design[i][drivers.size() + q] = l * l;
            }
        }
        for (int j = 0; j < p; j++) {
            if (constant(design, j)) {
                throw new AnalysisException(input.source() + ": the term " + terms.get(j) + " does not vary over the rows; it cannot be estimated");
            }
        }
        LinearModel model = new LinearModel(y, design);
        double[] vif;
        try {
            vif = model.vif();
        } catch (MathIllegalArgumentException e) {
            throw new AnalysisException(input.source() + ": the terms " + String.join(", ", terms)
                    + " are perfectly collinear (one is a combination of the others); drop one");
        }
        Fit ols = model.ols();
        double[][] inf = model.inference(ols);
        double hkb = model.hkbK(ols);
        double k = s.k != null ? s.k : hkb;
        Fit ridge = model.ridge(k);
        double[] ridgeVif = model.ridgeVif(k);

        AnalysisResult.Builder r = AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .settings(SettingsModel.of(StirpatSettings.class).describe(s));
        List<String> rows = new ArrayList<>();
        rows.add("intercept");
        rows.addAll(terms);
        r.add(new Text("equation", "OLS equation", equation(s.impact, terms, ols.coefficients()),
                "ordinary least squares (QR) of ln " + s.impact + " on " + String.join(", ", terms) + ", n = " + n));
        double[][] olsTable = new double[p + 1][5];
        for (int j = 0; j <= p; j++) {
            olsTable[j] = new double[] {ols.coefficients()[j], inf[0][j], inf[1][j], inf[2][j], j == 0 ? Double.NaN : vif[j - 1]};
        }
        r.add(new Table("ols", "OLS coefficients", "term", rows, "statistic", List.of("coefficient", "std error", "t", "p", "VIF"),
                olsTable, "", "OLS; std errors from s^2 (X'X)^-1 with s^2 = SSE/(n - p - 1); two-sided p from t(" + (n - p - 1)
                        + "); VIF_j = diagonal of the inverse correlation matrix of the terms"));
        r.add(new Scalar("r2_ols", "R2 (OLS)", ols.r2(), "", "1 - SSE/SST of ln " + s.impact));
        r.add(new Scalar("adj_r2_ols", "adjusted R2 (OLS)", ols.adjustedR2(), "", "1 - (1 - R2)(n - 1)/(n - p - 1)"));
        r.add(new Scalar("ridge_k", "ridge k", k, "", s.k != null ? "given by --k" : "Hoerl-Kennard-Baldwin"));
        r.add(new Text("ridge_k_reason", "why this k", reason(s.k, hkb, p, n, ols, vif, ridgeVif),
                "standardised (correlation) scale, Hoerl, Kennard and Baldwin (1975)"));
        double[][] ridgeTable = new double[p + 1][3];
        for (int j = 0; j <= p; j++) {
            ridgeTable[j] = new double[] {ridge.coefficients()[j], j == 0 ? Double.NaN : ridge.standardised()[j - 1],
                    j == 0 ? Double.NaN : ridgeVif[j - 1]};
        }
        r.add(new Table("ridge", "ridge coefficients", "term", rows, "statistic", List.of("coefficient", "standardised", "VIF"),
                ridgeTable, "", String.format(Locale.ROOT, "b*(k) = (R + kI)^-1 Z'y* on the standardised scale, k = %.6g, "
                        + "slopes b_j = b*_j s_y/s_j; ridge VIF = diag[(R + kI)^-1 R (R + kI)^-1]", k)));
        r.add(new Scalar("r2_ridge", "R2 (ridge)", ridge.r2(), "", "1 - SSE/SST of the ridge fit"));
        r.add(trace(model, terms, s));
        scenarios(r, input, s, impact, x, drivers, s.scenarioFit == StirpatSettings.Fit.OLS ? ols : ridge);
        return r.build();
    }

    private static boolean constant(double[][] d, int j) {
        for (double[] row : d) {
            if (row[j] != d[0][j]) {
                return false;
            }
        }
        return true;
    }

    private static String equation(String impact, List<String> terms, double[] b) {
        StringBuilder e = new StringBuilder("ln " + impact + " = " + Num.of(b[0]));
        for (int j = 0; j < terms.size(); j++) {
            e.append(b[j + 1] < 0 ? " - " : " + ").append(Num.of(Math.abs(b[j + 1]))).append(' ').append(terms.get(j));
        }
        return e.toString();
    }

    private static String reason(Double given, double hkb, int p, int n, Fit ols, double[] vif, double[] ridgeVif) {
        double s2 = (1 - ols.r2()) / (n - p - 1);
        double bb = Arrays.stream(ols.standardised()).map(v -> v * v).sum();
        String formula = String.format(Locale.ROOT, "HKB k = p s^2 / (b'b) = %d x %.6g / %.6g = %.6g (p terms; s^2 = (1 - R2)/(n - p - 1) "
                + "and b the OLS coefficients, both standardised)", p, s2, bb, hkb);
        String vifs = String.format(Locale.ROOT, "largest VIF %.4g under OLS, %.4g under ridge", max(vif), max(ridgeVif));
        if (given != null) {
            return String.format(Locale.ROOT, "k = %.6g given by --k; for comparison %s; %s", given, formula, vifs);
        }
        return "k chosen by Hoerl-Kennard-Baldwin: " + formula + "; " + vifs
                + (max(vif) > 10 ? " (OLS VIF above 10: the drivers are collinear, the ridge estimates are the ones to read)" : "");
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static Table trace(LinearModel model, List<String> terms, StirpatSettings s) {
        List<String> rows = new ArrayList<>();
        List<String> cols = new ArrayList<>(terms);
        cols.add("R2");
        double[][] v = new double[s.traceSteps + 1][];
        for (int i = 0; i <= s.traceSteps; i++) {
            double k = s.traceMax * i / s.traceSteps;
            Fit f = model.ridge(k);
            rows.add(Num.of(k));
            v[i] = Arrays.copyOf(f.standardised(), terms.size() + 1);
            v[i][terms.size()] = f.r2();
        }
        return new Table("ridge_trace", "ridge trace", "k", rows, "term", cols, v, "",
                "standardised ridge coefficients b*(k) for k = 0 .. " + s.traceMax + " in " + s.traceSteps + " steps, and R2 of each fit");
    }

    private static void scenarios(AnalysisResult.Builder r, DataTable t, StirpatSettings s, Column impact, List<Column> x,
            List<String> drivers, Fit fit) throws AnalysisException {
        Map<String, double[]> rates = StirpatScenarios.parse(s.rates, drivers);
        if (rates.isEmpty()) {
            r.note("No --rates given, so no scenario matrix; e.g. --rates \"" + drivers.get(0) + ":0.5|1\".");
            return;
        }
        int last = t.rows() - 1;
        int year0 = t.index()[last];
        double[] x0 = new double[drivers.size()];
        double[] linear = new double[drivers.size()];
        double[] square = new double[drivers.size()];
        for (int j = 0; j < drivers.size(); j++) {
            x0[j] = x.get(j).values()[last];
            linear[j] = fit.coefficients()[j + 1];
        }
        for (int q = 0; q < s.squared.length; q++) {
            square[drivers.indexOf(s.squared[q])] = fit.coefficients()[drivers.size() + q + 1];
        }
        List<double[]> combos = StirpatScenarios.combinations(rates, drivers);
        List<String> labels = new ArrayList<>();
        List<String> years = new ArrayList<>();
        for (int y = 0; y <= s.horizon; y++) {
            years.add(Integer.toString(year0 + y));
        }
        double[][] paths = new double[combos.size()][];
        double[] peakYear = new double[combos.size()];
        double[] peakValue = new double[combos.size()];
        int unpeaked = 0;
        for (int c = 0; c < combos.size(); c++) {
            labels.add(StirpatScenarios.label(combos.get(c), drivers));
            paths[c] = StirpatScenarios.path(impact.values()[last], x0, linear, square, combos.get(c), s.horizon);
            int best = 0;
            for (int y = 1; y <= s.horizon; y++) {
                best = paths[c][y] > paths[c][best] ? y : best;
            }
            peakYear[c] = best == s.horizon ? Double.NaN : year0 + best;
            peakValue[c] = best == s.horizon ? Double.NaN : paths[c][best];
            unpeaked += best == s.horizon ? 1 : 0;
        }
        String how = (s.scenarioFit == StirpatSettings.Fit.OLS ? "OLS" : "ridge") + " elasticities; from the observed " + impact.name()
                + " of " + year0 + ": ln I(t) = ln I(" + year0 + ") + sum_j b_j (ln X_j(t) - ln X_j(" + year0 + "))"
                + (s.squared.length > 0 ? " + sum_j c_j (ln^2 X_j(t) - ln^2 X_j(" + year0 + "))" : "")
                + ", X_j(t) = X_j(" + year0 + ") (1 + r_j)^(t - " + year0 + ")";
        r.add(new Table("scenario_paths", "scenario emission paths", "scenario", labels, "year", years, paths, impact.unit(), how));
        r.add(new KeyedValues("peak_year", "peak year", "scenario", labels, peakYear, "year",
                "year of the largest value of the path up to " + (year0 + s.horizon) + "; '-' when it still rises at the end (no peak yet)"));
        r.add(new KeyedValues("peak_value", "peak value", "scenario", labels, peakValue, impact.unit(), "the path's value in its peak year"));
        if (unpeaked > 0) {
            r.note(unpeaked + " of " + combos.size() + " scenarios have not peaked by " + (year0 + s.horizon) + ".");
        }
    }
}
