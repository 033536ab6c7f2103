package org.landcarbon.analysis.forecast.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.InputChecks;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.forecast.DieboldMariano;
import org.landcarbon.analysis.forecast.Forecaster;
import org.landcarbon.analysis.forecast.Forecasters;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Matrix;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Series.Form;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.TextList;
import org.landcarbon.analysis.result.TextMap;
import org.osgi.service.component.annotations.Component;

/**
 * {@code forecast.compare}: every forecaster on the same hold-out tail, their MAPE, RMSE and MAE, and the
 * Diebold-Mariano test (Harvey-Leybourne-Newbold corrected) between each pair.
 */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=forecast.compare")
public final class CompareAnalysis implements Analysis<CompareSettings> {

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("forecast.compare",
            "Forecaster comparison", "预测模型比较", "Forecasting", InputKind.SINGLE_SERIES,
            "Fits GM(1,1), DGM(1,1), grey Verhulst, rolling GM(1,1), a linear trend, ARIMA chosen by AIC (CSS) and simple and "
                    + "Holt exponential smoothing on the series without its last K points, forecasts those K points and compares "
                    + "the models by MAPE, RMSE and MAE and pairwise by the Diebold-Mariano test.",
            "Diebold F.X., Mariano R.S. (1995) Comparing predictive accuracy, J. Bus. Econ. Stat. 13:253-263; Harvey D., "
                    + "Leybourne S., Newbold P. (1997) Testing the equality of prediction mean squared errors, Int. J. Forecasting 13:281-291; "
                    + "Box G.E.P., Jenkins G.M. (ARIMA); Holt C.C. (1957/2004); Liu Sifeng et al. (grey models)");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<CompareSettings> settingsType() {
        return CompareSettings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, CompareSettings s) throws AnalysisException {
        String what = "the forecaster comparison with " + s.holdout + " held-out points";
        if (input.columns().size() != 1) {
            throw new AnalysisException(input.source() + ": " + what + " takes one series, the input has " + input.columns().size()
                    + " columns (" + String.join(", ", input.columnNames()) + "); choose one");
        }
        Column c = input.columns().get(0);
        int minTrain = Math.max(5, s.window);
        InputChecks.requireNumericIndex(input, what);
        InputChecks.requireRows(input, s.holdout + minTrain, what + " (at least " + minTrain + " to fit)");
        InputChecks.requireEqualSteps(input, what);
        InputChecks.requireFinite(input, c);
        if (s.dmHorizon >= s.holdout) {
            throw new AnalysisException("--dm-horizon " + s.dmHorizon + " must be below --holdout " + s.holdout);
        }
        double[] x = c.values();
        int n = x.length;
        int m = n - s.holdout;
        boolean positive = Arrays.stream(x).allMatch(v -> v > 0);
        double[] actual = Arrays.copyOfRange(x, m, n);
        int[] years = Arrays.copyOfRange(input.index(), m, n);

        AnalysisResult.Builder r = AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .settings(SettingsModel.of(CompareSettings.class).describe(s));
        String originText = s.origin == CompareSettings.Origin.FIXED
                ? "fitted once on the first " + m + " points (" + input.key(0) + ".." + input.key(m - 1) + "), forecasting 1 to " + s.holdout + " steps ahead"
                : "refitted before each held-out point on all points before it, forecasting one step ahead";
        r.add(new Series("actual", "held-out actual values", input.indexName(), years, actual, c.unit(), Form.POINTS,
                input.source() + " column " + c.name()));

        List<Forecaster> ok = new ArrayList<>();
        List<double[]> errors = new ArrayList<>();
        Map<String, String> details = new LinkedHashMap<>();
        List<double[]> accuracy = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Forecaster f : Forecasters.all(s.window, s.arimaD)) {
            if (f.needsPositive() && !positive) {
                leftOut.add(f.label() + " left out: it needs positive values and " + c.name() + " has zero or negative ones.");
                continue;
            }
            double[] predicted;
            try {
                predicted = predict(f, x, m, s);
            } catch (IllegalArgumentException | ArithmeticException e) {
                leftOut.add(f.label() + " left out: " + e.getMessage() + ".");
                continue;
            }
            if (!Arrays.stream(predicted).allMatch(Double::isFinite)) {
                leftOut.add(f.label() + " left out: its forecasts are not finite on this series.");
                continue;
            }
            double[] e = new double[s.holdout];
            double ape = 0, se = 0, ae = 0;
            for (int i = 0; i < e.length; i++) {
                e[i] = actual[i] - predicted[i];
                ape += actual[i] == 0 ? Double.NaN : Math.abs(e[i] / actual[i]) * 100 / e.length;
                se += e[i] * e[i] / e.length;
                ae += Math.abs(e[i]) / e.length;
            }
            ok.add(f);
            errors.add(e);
            accuracy.add(new double[] {ape, Math.sqrt(se), ae});
            details.put(f.label(), f.describe(Arrays.copyOf(x, m)));
            r.add(new Series("forecast_" + f.key(), f.label(), input.indexName(), years, predicted, c.unit(), Form.POINTS,
                    f.label() + " " + originText));
        }
        if (ok.size() < 2) {
            throw new AnalysisException(input.source() + " column " + c.name() + ": fewer than two forecasters could be fitted, "
                    + "nothing to compare. " + String.join(" ", leftOut));
        }
        leftOut.forEach(r::note);
        List<String> labels = ok.stream().map(Forecaster::label).toList();
        r.add(new Table("accuracy", "accuracy on the hold-out", "model", labels, "measure", List.of("MAPE", "RMSE", "MAE"),
                accuracy.toArray(double[][]::new), c.unit() + " (MAPE in %)",
                "e = actual - forecast over the " + s.holdout + " held-out points; MAPE = mean |e/actual| x 100, RMSE = sqrt(mean e^2), "
                        + "MAE = mean |e|"));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ok.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> accuracy.get(i)[1]));
        r.add(new TextList("ranking", "models by RMSE (best first)", order.stream().map(labels::get).toList(), "ascending hold-out RMSE"));
        int k = ok.size();
        double[][] dm = new double[k][k];
        double[][] p = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (i == j) {
                    dm[i][j] = Double.NaN;
                    p[i][j] = Double.NaN;
                    continue;
                }
                DieboldMariano.Result t = DieboldMariano.test(errors.get(i), errors.get(j), s.dmHorizon, s.loss);
                dm[i][j] = t.statistic();
                p[i][j] = t.pValue();
            }
        }
        String dmHow = "Diebold-Mariano with the Harvey-Leybourne-Newbold correction, " + s.loss.name().toLowerCase() + " loss, h = "
                + s.dmHorizon + ", n = " + s.holdout + "; row model minus column model: positive means the row model forecasts worse";
        r.add(new Matrix("dm_statistic", "Diebold-Mariano statistic (HLN)", labels, dm, "", dmHow));
        r.add(new Matrix("dm_p_value", "Diebold-Mariano p value", labels, p, "", "two-sided, Student's t with " + (s.holdout - 1)
                + " degrees of freedom; " + dmHow));
        r.add(new TextMap("models", "models fitted on the training points", details, "fitted on the first " + m + " points"));
        if (s.origin == CompareSettings.Origin.FIXED) {
            r.note("Fixed origin: the errors are 1 to " + s.holdout + " steps ahead from one fit and so correlated; "
                    + "the Diebold-Mariano test assumes h-step errors from moving origins (use --origin rolling for that).");
        }
        if (s.holdout < 10) {
            r.note("With " + s.holdout + " held-out points the Diebold-Mariano test has little power: a large p value is no evidence that two models are equally good.");
        }
        return r.build();
    }

    private static double[] predict(Forecaster f, double[] x, int m, CompareSettings s) {
        if (s.origin == CompareSettings.Origin.FIXED) {
            return f.forecast(Arrays.copyOf(x, m), s.holdout);
        }
        double[] out = new double[s.holdout];
        for (int i = 0; i < s.holdout; i++) {
            out[i] = f.forecast(Arrays.copyOf(x, m + i), 1)[0];
        }
        return out;
    }
}
