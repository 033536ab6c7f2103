package org.landcarbon.analysis.grey.internal;

import java.util.ArrayList;
import java.util.List;

import org.landcarbon.analysis.grey.ClassRatioTest;
import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.analysis.grey.Gm11Accuracy;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Series.Form;
import org.landcarbon.analysis.result.Text;
import org.landcarbon.analysis.result.TextList;
import org.landcarbon.analysis.result.TextMap;

/** The result items shared by the GM(1,1) family: coefficients, fit, accuracy, tests and forecast. */
final class Gm11Report {

    private Gm11Report() {
    }

    static void coefficients(AnalysisResult.Builder r, Gm11 m, GreySeries s, String how) {
        r.add(new Scalar("a", "development coefficient a", m.a(), "1/step", how));
        r.add(new Scalar("b", "grey input b", m.b(), s.unit(), how));
        r.add(new Text("time_response", "time response", m.timeResponse(),
                "x1hat(k+1) = (x0(1) - b/a) e^(-a k) + b/a with x0(1) = " + fmt(m.x0first())));
    }

    static void fit(AnalysisResult.Builder r, GreySeries s, double[] fitted, Gm11Accuracy acc, String model) {
        String from = "input: " + s.what();
        java.util.Map<String, String> conv = Gm11Accuracy.describe(acc.conventions());
        r.add(new Series("fitted", "fitted values", s.table().indexName(), s.index(), fitted, s.unit(), Form.VALUES,
                model + " restored values x0hat(k+1) = x1hat(k+1) - x1hat(k), x0hat(1) = x0(1); " + from));
        r.add(new Series("residuals", "residuals e(k) = x0(k) - x0hat(k)", s.table().indexName(), s.index(),
                acc.residuals(), s.unit(), Form.VALUES, "actual minus fitted; " + from));
        r.add(new Series("relative_errors_pct", "relative errors", s.table().indexName(), s.index(),
                acc.relativeErrorsPct(), "%", Form.VALUES, "|e(k)| / x0(k) * 100"));
        r.add(new Scalar("mape_pct", "mean absolute percentage error", acc.mapePct(), "%",
                conv.get("mape")));
        if (Double.isNaN(acc.c())) { // a constant input: S1 = 0, so C = S2 / S1 and P (|e - mean| < 0.6745 S1) say nothing
            r.add(new Text("C", "posterior variance ratio C = S2 / S1", "undefined: the input is constant (S1 = 0)",
                    "S1 = SD of the input = 0"));
            r.add(new Text("P", "small-error probability", "undefined: the input is constant (S1 = 0)",
                    "needs S1 > 0"));
        } else {
            r.add(new Scalar("C", "posterior variance ratio C = S2 / S1", acc.c(), "1",
                    "S1 = SD of the input, S2 = SD of the residuals; " + conv.get("cp_residuals")
                            + "; " + conv.get("sd")));
            r.add(new Scalar("P", "small-error probability", acc.p(), "1",
                    "share of residuals with |e(k) - mean(e)| < 0.6745 S1; " + conv.get("cp_residuals")));
        }
        r.add(new Scalar("S1", "SD of the input", acc.s1(), s.unit(), conv.get("sd")));
        r.add(new Scalar("S2", "SD of the residuals", acc.s2(), s.unit(), conv.get("sd")));
        r.add(new Text("grade", "accuracy grade", acc.grade().text(),
                "good C <= 0.35 and P >= 0.95; qualified C <= 0.50 and P >= 0.80; barely C <= 0.65 and P >= 0.70; else unqualified; "
                        + "undefined for a constant input"));
        List<String> above = new ArrayList<>();
        for (int k = 0; k < s.n(); k++) {
            if (acc.residuals()[k] > 0) {
                above.add(s.table().key(k));
            }
        }
        r.add(new TextList("actual_above_fitted", s.table().indexName() + "s where the actual value exceeds the fit", above,
                "rows with e(k) > 0"));
        r.add(new TextMap("conventions", "conventions", conv,
                "settings cp-residuals, sd, mape-over"));
    }

    /** Whether every number {@link #fit} reports is finite (C and P only when they are numbers). */
    static boolean fitFinite(double[] fitted, Gm11Accuracy acc) {
        boolean cp = !Double.isNaN(acc.c());
        return FiniteResults.finite(acc.mapePct(), cp ? acc.c() : 0, cp ? acc.p() : 0, acc.s1(), acc.s2())
                && FiniteResults.finite(fitted, acc.residuals(), acc.relativeErrorsPct());
    }

    static void classRatio(AnalysisResult.Builder r, GreySeries s, double a) {
        classRatio(r, s, a, ClassRatioTest.of(s.x0()));
    }

    static void classRatio(AnalysisResult.Builder r, GreySeries s, double a, ClassRatioTest t) {
        int[] idx = new int[s.n() - 1];
        System.arraycopy(s.index(), 1, idx, 0, idx.length);
        r.add(new Series("class_ratio", "class ratio lambda(k) = x0(k-1) / x0(k)", s.table().indexName(), idx, t.ratios(), "1",
                Form.BY_INDEX, "k = 2..n"));
        r.add(new KeyedValues("class_ratio_bounds", "class-ratio interval", "bound", List.of("lower", "upper"),
                new double[] {t.lower(), t.upper()}, "1", "(e^(-2/(n+1)), e^(2/(n+1))), n = " + s.n()));
        String verdict = t.passed() ? "passed: every lambda(k) lies in the interval"
                : "failed at " + String.join(", ", t.outside().stream().map(k -> s.table().key(k)).toList())
                        + ": consider a translation x0(k) + c before GM(1,1)";
        r.add(new Text("class_ratio_test", "class-ratio test", verdict, "all lambda(k) in the open interval"));
        r.add(new Text("a_range", "applicable range of -a", ClassRatioTest.applicability(a),
                "Liu Sifeng, Grey Systems: Theory and Applications (table of |a| ranges)"));
    }

    static void forecast(AnalysisResult.Builder r, GreySeries s, double[] values, String how) {
        r.add(new Series("forecast", "forecast", s.table().indexName(), s.after(values.length), values, s.unit(), Form.POINTS, how));
    }

    static String fmt(double v) {
        return Decimals.general6(v);
    }
}
