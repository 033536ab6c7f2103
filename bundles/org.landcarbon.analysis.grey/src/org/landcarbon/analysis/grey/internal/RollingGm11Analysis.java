package org.landcarbon.analysis.grey.internal;

import java.util.Arrays;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.analysis.grey.Gm11Accuracy;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Series.Form;
import org.osgi.service.component.annotations.Component;

/**
 * {@code grey.gm11.rolling}: the metabolic GM(1,1). Forecasts one step at a time from a GM(1,1) fitted on
 * the latest {@code window} points, then lets the forecast replace the oldest point. Over the history it
 * also back-tests: each point from {@code window + 1} on is predicted from the {@code window} points before it.
 */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=grey.gm11.rolling")
public final class RollingGm11Analysis implements Analysis<RollingGm11Settings> {

    private static final String MODEL = "rolling GM(1,1)";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("grey.gm11.rolling",
            "Rolling (metabolic) GM(1,1)", "新陈代谢GM(1,1)", Gm11Analysis.CATEGORY, InputKind.SINGLE_SERIES,
            "One-step GM(1,1) forecasts on a moving window: each new value joins the window and the oldest leaves it. "
                    + "Reports a one-step back-test over the history and its MAPE.",
            "Liu Sifeng et al., Grey Systems: Theory and Applications (metabolic GM(1,1))");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<RollingGm11Settings> settingsType() {
        return RollingGm11Settings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, RollingGm11Settings settings) throws AnalysisException {
        int w = settings.window;
        GreySeries s = GreySeries.of(input, "rolling GM(1,1) with a window of " + w, w);
        int n = s.n();
        int horizon = settings.horizon;
        // the numbers are computed now, checked, and the items built only when read
        double[] predicted = new double[Math.max(0, n - w)];
        double[] actual = Arrays.copyOfRange(s.x0(), w, Math.max(w, n));
        double[] errors = new double[predicted.length];
        for (int k = w; k < n; k++) {
            predicted[k - w] = Gm11.fit(s.x0(), k - w, w).forecast(w, 1)[0];
            errors[k - w] = Math.abs(actual[k - w] - predicted[k - w]) / actual[k - w] * 100;
        }
        double backtestMape = n > w ? Gm11Accuracy.mapePct(actual, predicted) : 0;

        double[] window = Arrays.copyOfRange(s.x0(), n - w, n);
        double[] forecast = new double[horizon];
        double[] a = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            Gm11 m = Gm11.fit(window);
            forecast[i] = m.forecast(w, 1)[0];
            a[i] = m.a();
            System.arraycopy(window, 1, window, 0, w - 1);
            window[w - 1] = forecast[i];
        }
        AnalysisResult.Builder head = AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .frozenSettings(SettingsModel.of(RollingGm11Settings.class).describe(settings));
        boolean finite = FiniteResults.finite(backtestMape) && FiniteResults.finite(predicted, errors, forecast, a);
        return FiniteResults.deferred(head, r -> {
            if (n > w) {
                r.add(new Series("backtest", "one-step back-test", s.table().indexName(), s.indexFrom(w), predicted, s.unit(),
                        Form.BY_INDEX, "each value predicted by GM(1,1) fitted on the " + w + " points before it; input: " + s.what()));
                r.add(new Series("backtest_errors_pct", "back-test relative errors", s.table().indexName(), s.indexFrom(w), errors,
                        "%", Form.BY_INDEX, "|actual - predicted| / actual * 100"));
                r.add(new Scalar("backtest_mape_pct", "back-test MAPE", backtestMape, "%",
                        "mean of the back-test relative errors over " + predicted.length + " points"));
            } else {
                r.note("The series has exactly " + w + " points, so there is nothing to back-test.");
            }
            Gm11Report.forecast(r, s, forecast, "metabolic GM(1,1): window of " + w
                    + " points, each one-step forecast replaces the oldest point");
            r.add(new Series("a_per_step", "development coefficient of each step", s.table().indexName(), s.after(horizon),
                    a, "1/step", Form.BY_INDEX, "a of the GM(1,1) that produced each forecast"));
        }, finite, MODEL);
    }
}
