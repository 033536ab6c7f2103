package org.landcarbon.analysis.grey.internal;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.grey.Gm11Accuracy;
import org.landcarbon.analysis.grey.GreyVerhulst;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Scalar;
import org.osgi.service.component.annotations.Component;

/** {@code grey.verhulst}: the grey Verhulst model of an S-shaped series, with the GM(1,1) accuracy tests. */
@Component(service = Analysis.class, property = Analysis.ID_PROPERTY + "=grey.verhulst")
public final class VerhulstAnalysis extends GreyModelAnalysis {

    private static final String MODEL = "grey Verhulst";

    private static final AnalysisDescriptor DESCRIPTOR = new AnalysisDescriptor("grey.verhulst", "Grey Verhulst model",
            "灰色Verhulst模型", Gm11Analysis.CATEGORY, InputKind.SINGLE_SERIES,
            "For saturating (S-shaped) series: the data are taken as the accumulated series x1, a and b fitted by least squares "
                    + "in x0(k) + a z1(k) = b z1(k)^2, fitted values, accuracy tests, the saturation level a/b and a forecast.",
            "Liu Sifeng et al., Grey Systems: Theory and Applications (grey Verhulst model)");

    public VerhulstAnalysis() {
        super(DESCRIPTOR);
    }

    @Override
    public AnalysisResult run(DataTable input, Gm11Settings settings) throws AnalysisException {
        GreySeries s = GreySeries.of(input, "the grey Verhulst model", 4);
        GreyVerhulst model = GreyVerhulst.fit(s.x0());
        double[] fitted = model.fitted(s.n());
        Gm11Accuracy acc = Gm11Accuracy.of(s.x0(), fitted, settings.conventions());
        double[] forecast = model.forecast(s.n(), settings.horizon);
        boolean finite = Gm11Report.fitFinite(fitted, acc) && FiniteResults.finite(model.a(), model.b(), model.saturation())
                && FiniteResults.finite(forecast);
        // the numbers are computed now; the items and the note only when read
        return FiniteResults.deferred(result(input, settings), r -> {
            String how = "least squares of x0(k) + a z1(k) = b z1(k)^2, k = 2.." + s.n()
                    + ", with the data as x1 and their differences as x0; input: " + s.what();
            r.add(new Scalar("a", "a", model.a(), "1/step", how));
            r.add(new Scalar("b", "b", model.b(), s.unit().isEmpty() ? "" : "1/(" + s.unit() + " step)", how));
            r.add(new Scalar("saturation", "saturation level a/b", model.saturation(), s.unit(),
                    "limit of x1hat(k+1) = a x1(1) / (b x1(1) + (a - b x1(1)) e^(a k)) as k grows, when a < 0"));
            Gm11Report.fit(r, s, fitted, acc, "grey Verhulst");
            Gm11Report.forecast(r, s, forecast, "x1hat(k+1) = a x1(1) / (b x1(1) + (a - b x1(1)) e^(a k))");
            if (model.a() >= 0) {
                r.note("a >= 0: the fitted curve does not approach a saturation level, so the Verhulst model does not suit this series.");
            }
        }, finite, MODEL);
    }
}
