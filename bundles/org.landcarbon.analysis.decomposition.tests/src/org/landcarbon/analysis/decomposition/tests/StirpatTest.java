package org.landcarbon.analysis.decomposition.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.DataTable.IndexKind;
import org.landcarbon.analysis.decomposition.internal.StirpatAnalysis;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Table;

/** STIRPAT against a hand OLS, hand ridge and hand VIF (synthetic numbers chosen so the logs are integers). */
class StirpatTest {

    private static double[] exp(double... v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.exp(v[i]);
        }
        return out;
    }

    private static DataTable table(Column... c) {
        return DataTable.ofNumericIndex("synthetic", "year", IndexKind.YEAR, new int[] {2001, 2002, 2003, 2004}, null, List.of(c));
    }

    // ln P = 0,1,2,3 and ln I = 1,3,4,6: xbar 1.5, ybar 3.5, Sxx 5, Sxy 8, Syy 13
    // OLS: b = 8/5 = 1.6, a = 3.5 - 1.6 x 1.5 = 1.1; fitted 1.1, 2.7, 4.3, 5.9; SSE 0.2, R2 = 1 - 0.2/13
    static final DataTable SIMPLE = table(new Column("i", "t", exp(1, 3, 4, 6), ""), new Column("p", "", exp(0, 1, 2, 3), ""));

    @Test
    void olsByHand() throws Exception {
        AnalysisResult r = AnalysisRunner.run(new StirpatAnalysis(), SIMPLE, Map.of("impact", "i", "regressors", "p"));
        Table ols = r.get("ols", Table.class);
        assertEquals(1.1, ols.get("intercept", "coefficient"), 1e-12);
        assertEquals(1.6, ols.get("ln p", "coefficient"), 1e-12);
        assertEquals(1 - 0.2 / 13, r.scalar("r2_ols"), 1e-12);
        // se(b) = sqrt(s^2 / Sxx) with s^2 = 0.2 / 2 = 0.1: sqrt(0.02)
        assertEquals(Math.sqrt(0.02), ols.get("ln p", "std error"), 1e-12);
        assertEquals(1.6 / Math.sqrt(0.02), ols.get("ln p", "t"), 1e-9);
        assertEquals(1.0, ols.get("ln p", "VIF"), 1e-12, "one regressor: VIF 1");
        assertEquals("ln i = 1.1 + 1.6 ln p", r.get("equation", org.landcarbon.analysis.result.Text.class).text());
    }

    @Test
    void ridgeAndHkbByHand() throws Exception {
        // standardised: r = 8 / sqrt(5 x 13); b*(k) = r / (1 + k), so the slope is 1.6 / (1 + k)
        // HKB: s*^2 = (1 - R2)/(n - 2) = (0.2/13)/2; k = 1 x s*^2 / r^2 = (0.1/13) / (64/65) = 0.0078125
        AnalysisResult r = AnalysisRunner.run(new StirpatAnalysis(), SIMPLE, Map.of("impact", "i", "regressors", "p"));
        assertEquals(0.0078125, r.scalar("ridge_k"), 1e-12);
        Table ridge = r.get("ridge", Table.class);
        assertEquals(1.6 / 1.0078125, ridge.get("ln p", "coefficient"), 1e-12);
        assertEquals(3.5 - 1.6 / 1.0078125 * 1.5, ridge.get("intercept", "coefficient"), 1e-12);
        AnalysisResult given = AnalysisRunner.run(new StirpatAnalysis(), SIMPLE, Map.of("impact", "i", "regressors", "p", "k", "0.6"));
        assertEquals(1.0, given.get("ridge", Table.class).get("ln p", "coefficient"), 1e-12, "1.6 / 1.6");
        Table trace = r.get("ridge_trace", Table.class);
        assertEquals(21, trace.rows().size());
        assertEquals(8 / Math.sqrt(65) / 2, trace.get("1", "ln p"), 1e-12, "k = 1 halves the standardised slope");
    }

    @Test
    void vifAndExactFitWithTwoDrivers() throws Exception {
        // ln A = 1,2,3,4 and ln T = 1,3,2,4: centred (-1.5,-.5,.5,1.5), (-1.5,.5,-.5,1.5): S12 = 4, S11 = S22 = 5,
        // correlation 0.8, VIF = 1/(1 - 0.64) = 2.7778; ln I = 0.5 + 2 ln A - 1 ln T exactly
        double[] la = {1, 2, 3, 4};
        double[] lt = {1, 3, 2, 4};
        double[] li = new double[4];
        for (int i = 0; i < 4; i++) {
            li[i] = 0.5 + 2 * la[i] - lt[i];
        }
        DataTable t = table(new Column("i", "t", exp(li), ""), new Column("a", "", exp(la), ""), new Column("t", "", exp(lt), ""));
        AnalysisResult r = AnalysisRunner.run(new StirpatAnalysis(), t, Map.of("impact", "i", "regressors", "a,t"));
        Table ols = r.get("ols", Table.class);
        assertEquals(1 / 0.36, ols.get("ln a", "VIF"), 1e-9);
        assertEquals(0.5, ols.get("intercept", "coefficient"), 1e-9);
        assertEquals(2, ols.get("ln a", "coefficient"), 1e-9);
        assertEquals(-1, ols.get("ln t", "coefficient"), 1e-9);
        assertEquals(1, r.scalar("r2_ols"), 1e-12);
        assertEquals(0, r.scalar("ridge_k"), 1e-12, "an exact fit has no residual variance: HKB k = 0");
    }

    @Test
    void scenarioMatrixAndPeaks() throws Exception {
        // elasticity 1.6 (OLS); from I(2004) = e^6: population +1 %/yr gives I(t) = e^6 1.01^(1.6 t), rising, no peak;
        // -1 %/yr falls from the start, so the peak is the last observed year 2004
        AnalysisResult r = AnalysisRunner.run(new StirpatAnalysis(), SIMPLE, Map.of("impact", "i", "regressors", "p",
                "rates", "p:1|-1", "horizon", "5", "scenario-fit", "ols"));
        Table paths = r.get("scenario_paths", Table.class);
        assertEquals(List.of("p +1%", "p -1%"), paths.rows());
        assertEquals(Math.exp(6), paths.get("p +1%", "2004"), 1e-9);
        assertEquals(Math.exp(6) * Math.pow(1.01, 1.6 * 5), paths.get("p +1%", "2009"), 1e-9);
        KeyedValues peak = r.get("peak_year", KeyedValues.class);
        assertTrue(Double.isNaN(peak.get("p +1%")));
        assertEquals(2004, peak.get("p -1%"), 0);
    }

    @Test
    void badInput() {
        DataTable t = table(new Column("i", "t", new double[] {1, 2, 0, 4}, ""), new Column("p", "", exp(0, 1, 2, 3), ""));
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> AnalysisRunner.run(new StirpatAnalysis(), t, Map.of("impact", "i", "regressors", "p")));
        assertTrue(e.getMessage().contains("year 2003, column i") && e.getMessage().contains("positive"), e.getMessage());
        DataTable c = table(new Column("i", "t", exp(1, 3, 4, 6), ""), new Column("p", "", exp(0, 1, 2, 3), ""),
                new Column("q", "", exp(0, 2, 4, 6), ""));
        AnalysisException col = assertThrows(AnalysisException.class,
                () -> AnalysisRunner.run(new StirpatAnalysis(), c, Map.of("impact", "i", "regressors", "p,q")));
        assertTrue(col.getMessage().contains("perfectly collinear"), col.getMessage());
        assertThrows(AnalysisException.class, () -> AnalysisRunner.run(new StirpatAnalysis(), SIMPLE,
                Map.of("impact", "i", "regressors", "p", "rates", "x:1")));
    }
}
