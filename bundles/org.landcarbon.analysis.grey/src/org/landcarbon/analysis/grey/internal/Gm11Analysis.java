package org.landcarbon.analysis.grey.internal;

import java.util.function.Consumer;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.grey.ClassRatioTest;
import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.analysis.grey.Gm11Accuracy;
import org.landcarbon.analysis.result.AnalysisResult;
import org.osgi.service.component.annotations.Component;

/** {@code grey.gm11}: GM(1,1) fitted by least squares, its accuracy tests and a forecast. */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=grey.gm11")
public final class Gm11Analysis extends GreyModelAnalysis {

    static final String CATEGORY = "Grey models";

    private static final String MODEL = "GM(1,1)";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("grey.gm11", "GM(1,1) grey forecast",
            "GM(1,1)灰色预测", CATEGORY, InputKind.SINGLE_SERIES,
            "Fits GM(1,1) by least squares (continuous time response), reports fitted values, residuals, relative errors, "
                    + "MAPE, the posterior variance ratio C, the small-error probability P, the grade, the class-ratio test "
                    + "and the applicable range of -a, and forecasts the next steps. Needs at least 4 positive values at equal steps.",
            "Deng Julong, Control problems of grey systems (1982); Liu Sifeng et al., Grey Systems: Theory and Applications");

    public Gm11Analysis() {
        super(DESCRIPTOR);
    }

    @Override
    public AnalysisResult run(DataTable input, Gm11Settings settings) throws AnalysisException {
        GreySeries s = GreySeries.of(input, "GM(1,1)", 4);
        Gm11 model = Gm11.fit(s.x0());
        double[] fitted = model.fitted(s.n());
        Gm11Accuracy acc = Gm11Accuracy.of(s.x0(), fitted, settings.conventions());
        ClassRatioTest ratio = ClassRatioTest.of(s.x0());
        double[] forecast = model.forecast(s.n(), settings.horizon);
        // the numbers are computed now; the items (texts, series, provenance) only when read
        Consumer<AnalysisResult.Builder> items = r -> {
            Gm11Report.coefficients(r, model, s, "least squares of x0(k) + a z1(k) = b, k = 2.." + s.n()
                    + ", z1(k) = (x1(k) + x1(k-1)) / 2; input: " + s.what());
            Gm11Report.fit(r, s, fitted, acc, "GM(1,1)");
            Gm11Report.classRatio(r, s, model.a(), ratio);
            Gm11Report.forecast(r, s, forecast, "GM(1,1) time response " + model.timeResponse() + ", restored by differences");
        };
        boolean finite = Gm11Report.fitFinite(fitted, acc) && FiniteResults.finite(model.a(), model.b(), ratio.lower(), ratio.upper())
                && FiniteResults.finite(ratio.ratios(), forecast);
        return FiniteResults.deferred(result(input, settings), items, finite, MODEL);
    }
}
