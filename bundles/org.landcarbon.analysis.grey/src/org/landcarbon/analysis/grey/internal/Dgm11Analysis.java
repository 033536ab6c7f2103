package org.landcarbon.analysis.grey.internal;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.grey.Dgm11;
import org.landcarbon.analysis.grey.Gm11Accuracy;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Scalar;
import org.osgi.service.component.annotations.Component;

/** {@code grey.dgm11}: the discrete grey model DGM(1,1) with the GM(1,1) accuracy tests and a forecast. */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=grey.dgm11")
public final class Dgm11Analysis extends GreyModelAnalysis {

    private static final String MODEL = "DGM(1,1)";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("grey.dgm11", "DGM(1,1) discrete grey model",
            "DGM(1,1)离散灰色模型", Gm11Analysis.CATEGORY, InputKind.SINGLE_SERIES,
            "Fits x1(k+1) = beta1 x1(k) + beta2 by least squares and restores the fitted values; exact for geometric series. "
                    + "Same accuracy tests and forecast as GM(1,1).",
            "Xie Naiming, Liu Sifeng, Discrete grey forecasting model and its optimization, Applied Mathematical Modelling 33 (2009)");

    public Dgm11Analysis() {
        super(DESCRIPTOR);
    }

    @Override
    public AnalysisResult run(DataTable input, Gm11Settings settings) throws AnalysisException {
        GreySeries s = GreySeries.of(input, "DGM(1,1)", 4);
        Dgm11 model = Dgm11.fit(s.x0());
        double[] fitted = model.fitted(s.n());
        Gm11Accuracy acc = Gm11Accuracy.of(s.x0(), fitted, settings.conventions());
        double[] forecast = model.forecast(s.n(), settings.horizon);
        boolean finite = Gm11Report.fitFinite(fitted, acc) && FiniteResults.finite(model.beta1(), model.beta2())
                && FiniteResults.finite(forecast);
        // the numbers are computed now; the items (texts, series, provenance) only when read
        return FiniteResults.deferred(result(input, settings), r -> {
            String how = "least squares of x1(k+1) = beta1 x1(k) + beta2, k = 1.." + (s.n() - 1) + "; input: " + s.what();
            r.add(new Scalar("beta1", "beta1", model.beta1(), "1", how));
            r.add(new Scalar("beta2", "beta2", model.beta2(), s.unit(), how));
            Gm11Report.fit(r, s, fitted, acc, "DGM(1,1)");
            Gm11Report.forecast(r, s, forecast, "x1hat(k+1) = beta1^k (x0(1) - beta2/(1-beta1)) + beta2/(1-beta1), restored by differences");
        }, finite, MODEL);
    }
}
