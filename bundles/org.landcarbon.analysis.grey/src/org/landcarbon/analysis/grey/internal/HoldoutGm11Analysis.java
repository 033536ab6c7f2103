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
 * {@code grey.gm11.holdout}: fits GM(1,1) on the first n - h points and reports its error on the last h,
 * which the fit never saw: an honest check of a forecast, unlike C and P which judge the fit itself.
 */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=grey.gm11.holdout")
public final class HoldoutGm11Analysis implements Analysis<HoldoutGm11Settings> {

    private static final String MODEL = "GM(1,1) hold-out";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("grey.gm11.holdout",
            "GM(1,1) hold-out validation", "GM(1,1)留出法检验", Gm11Analysis.CATEGORY, InputKind.SINGLE_SERIES,
            "Fits GM(1,1) on the first n - h points, forecasts the last h and reports their errors and MAPE, "
                    + "next to the in-sample accuracy of the training fit.",
            "out-of-sample validation of a forecasting model");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<HoldoutGm11Settings> settingsType() {
        return HoldoutGm11Settings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, HoldoutGm11Settings settings) throws AnalysisException {
        int h = settings.holdout;
        GreySeries all = GreySeries.of(input, "GM(1,1) hold-out of " + h + " points (4 to fit)", 4 + h);
        int m = all.n() - h;
        GreySeries train = all.head(m);
        Gm11 model = Gm11.fit(train.x0());
        double[] fitted = model.fitted(m);
        Gm11Accuracy acc = Gm11Accuracy.of(train.x0(), fitted, settings.conventions());
        double[] predicted = model.forecast(m, h);
        double[] actual = Arrays.copyOfRange(all.x0(), m, all.n());
        double[] errors = new double[h];
        for (int i = 0; i < h; i++) {
            errors[i] = Math.abs(actual[i] - predicted[i]) / actual[i] * 100;
        }
        double holdoutMape = Gm11Accuracy.mapePct(actual, predicted);
        double[] forecast = model.forecast(all.n(), settings.horizon);
        AnalysisResult.Builder head = AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .frozenSettings(SettingsModel.of(HoldoutGm11Settings.class).describe(settings));
        boolean finite = Gm11Report.fitFinite(fitted, acc) && FiniteResults.finite(model.a(), model.b(), holdoutMape)
                && FiniteResults.finite(predicted, actual, errors, forecast);
        // the numbers are computed now; the items only when read
        return FiniteResults.deferred(head, r -> {
            Gm11Report.coefficients(r, model, train, "least squares on the first " + m + " points (" + all.table().key(0) + ".."
                    + all.table().key(m - 1) + "); input: " + all.what());
            Gm11Report.fit(r, train, fitted, acc, "GM(1,1) on the training points");
            int[] heldIndex = all.indexFrom(m);
            r.add(new Series("holdout_predicted", "forecast of the held-out points", all.table().indexName(), heldIndex, predicted,
                    all.unit(), Form.POINTS, "GM(1,1) fitted on the first " + m + " points, " + model.timeResponse()));
            r.add(new Series("holdout_actual", "held-out actual values", all.table().indexName(), heldIndex, actual, all.unit(),
                    Form.POINTS, "input: " + all.what()));
            r.add(new Series("holdout_errors_pct", "held-out relative errors", all.table().indexName(), heldIndex, errors, "%",
                    Form.BY_INDEX, "|actual - predicted| / actual * 100"));
            r.add(new Scalar("holdout_mape_pct", "held-out MAPE", holdoutMape, "%", "mean of the " + h + " held-out relative errors"));
            Gm11Report.forecast(r, all, forecast, "the training model's forecast beyond the input (fitted on the first " + m + " points only)");
        }, finite, MODEL);
    }
}
