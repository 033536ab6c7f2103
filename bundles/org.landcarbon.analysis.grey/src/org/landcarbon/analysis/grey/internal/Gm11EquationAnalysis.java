package org.landcarbon.analysis.grey.internal;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.analysis.grey.Gm11Accuracy;
import org.landcarbon.analysis.result.AnalysisResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code grey.gm11.equation}: a published GM(1,1) equation evaluated as printed (its rounded a and b)
 * on the series it was fitted to, with the same accuracy tests, so that a reader can compare it with the
 * exact fit: papers often forecast from the rounded coefficients they print.
 */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=grey.gm11.equation")
public final class Gm11EquationAnalysis implements Analysis<Gm11EquationSettings> {

    private static final String MODEL = "GM(1,1) published equation";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("grey.gm11.equation",
            "GM(1,1) published equation", "GM(1,1)已发表方程", Gm11Analysis.CATEGORY, InputKind.SINGLE_SERIES,
            "Evaluates a GM(1,1) equation with a and b as a publication prints them, anchored at the series' first value: "
                    + "fitted values, accuracy tests and forecasts, for comparison with the exact least-squares fit.",
            "Deng Julong (1982); the publication whose equation is evaluated");

    @Override
    public AnalysisDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Class<Gm11EquationSettings> settingsType() {
        return Gm11EquationSettings.class;
    }

    @Override
    public AnalysisResult run(DataTable input, Gm11EquationSettings settings) throws AnalysisException {
        GreySeries s = GreySeries.of(input, "GM(1,1)", 4);
        Gm11 model = Gm11.of(settings.a, settings.b, s.x0()[0]);
        double[] fitted = model.fitted(s.n());
        Gm11Accuracy acc = Gm11Accuracy.of(s.x0(), fitted, settings.conventions());
        Gm11 exact = Gm11.fit(s.x0());
        double[] forecast = model.forecast(s.n(), settings.horizon);
        AnalysisResult.Builder head = AnalysisResult.builder(DESCRIPTOR.id()).input(input.describe())
                .frozenSettings(SettingsModel.of(Gm11EquationSettings.class).describe(settings));
        boolean finite = Gm11Report.fitFinite(fitted, acc) && FiniteResults.finite(model.a(), model.b()) && FiniteResults.finite(forecast);
        // the numbers are computed now; the items and the note only when read
        return FiniteResults.deferred(head, r -> {
            Gm11Report.coefficients(r, model, s, "as printed (settings a and b), not fitted");
            Gm11Report.fit(r, s, fitted, acc, "GM(1,1) with a and b as printed");
            Gm11Report.forecast(r, s, forecast, "time response " + model.timeResponse() + " with a and b as printed");
            r.note(String.format(java.util.Locale.ROOT,
                    "The exact least-squares fit of this series has a = %.6f, b = %.2f (run grey.gm11 for its tests).",
                    exact.a(), exact.b()));
        }, finite, MODEL);
    }
}
