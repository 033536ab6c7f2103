package org.landcarbon.analysis.grey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.DataTable.IndexKind;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Text;
import org.landcarbon.analysis.result.TextList;
import org.landcarbon.analysis.result.TextMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The grey analyses as installed: found through the registry service, run on the seed series and hand cases. */
class GreyAnalysesTest {

    private static AnalysisRegistry registry;
    private static DataTable net;

    @BeforeAll
    static void setUp() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(GreyAnalysesTest.class).getBundleContext();
        registry = context.getService(context.getServiceReference(AnalysisRegistry.class));
        net = TestData.column("table5-emissions-by-land-type.csv", "net").table("net");
    }

    private static AnalysisResult run(String id, DataTable input, Map<String, String> settings) throws Exception {
        Analysis<?> a = registry.find(id).orElseThrow(() -> new AssertionError(id + " is not registered"));
        return AnalysisRunner.run(a, input, settings);
    }

    @Test
    void everyGreyAnalysisIsRegisteredAsAService() {
        for (String id : List.of("grey.gm11", "grey.gm11.equation", "grey.dgm11", "grey.gm11.rolling", "grey.gm11.holdout", "grey.gra", "grey.verhulst")) {
            assertTrue(registry.find(id).isPresent(), id);
        }
    }

    @Test
    void gm11ResultCarriesTheSeedFigureConventionsAndForecast() throws Exception {
        AnalysisResult r = run("grey.gm11", net, Map.of("horizon", "11"));
        assertEquals(-0.044700, r.scalar("a"), 5e-7);
        assertEquals(0.3235, r.scalar("C"), 5e-5);
        assertEquals(0.9333, r.scalar("P"), 5e-5);
        Series fitted = r.get("fitted", Series.class);
        assertEquals(15, fitted.values().length);
        assertEquals(2076.29, fitted.values()[0], 0);
        Series forecast = r.get("forecast", Series.class);
        assertEquals(2020, forecast.index()[0]);
        assertEquals(2030, forecast.index()[10]);
        assertEquals(5440.92, forecast.values()[0], 0.005);
        assertEquals("10^4 t C", forecast.unit());
        assertEquals("qualified (grade 2)", r.get("grade", Text.class).text());
        assertTrue(r.get("conventions", TextMap.class).values().get("cp_residuals").startsWith("all n"));
        assertEquals("all", r.settings().get("cp-residuals"));
        assertTrue(r.get("class_ratio_test", Text.class).text().startsWith("failed"), "2005 -> 2006 jumps by 29%");
    }

    @Test
    void publishedEquationAnalysisReproducesTable7AndTheYearsAboveTheFit() throws Exception {
        AnalysisResult r = run("grey.gm11.equation", net, Map.of("a", "-0.047", "b", "2752.6", "horizon", "11"));
        Series forecast = r.get("forecast", Series.class);
        assertEquals(5634.88, forecast.values()[0], 0.1);
        assertEquals(9015.77, forecast.values()[10], 0.1);
        assertEquals(List.of("2007", "2011", "2012", "2013", "2014"), r.get("actual_above_fitted", TextList.class).values());
    }

    @Test
    void equationWithoutAIsASettingsError() {
        Exception e = assertThrows(Exception.class, () -> run("grey.gm11.equation", net, Map.of("b", "2752.6")));
        assertTrue(e.getMessage().contains("--a is required"), e.getMessage());
    }

    @Test
    void holdoutFitsTheFirst12AndReportsErrorOnTheLast3() throws Exception {
        // Independent computation (Python): fit 2005-2016 gives a = -0.0539433, b = 2606.821;
        // forecasts 2017-2019 = 5056.47, 5336.72, 5632.51; hold-out MAPE = 10.5753 %.
        AnalysisResult r = run("grey.gm11.holdout", net, Map.of("holdout", "3"));
        assertEquals(-0.0539433, r.scalar("a"), 5e-7);
        assertEquals(2606.821, r.scalar("b"), 5e-4);
        Series predicted = r.get("holdout_predicted", Series.class);
        assertEquals(2017, predicted.index()[0]);
        assertEquals(5056.47, predicted.values()[0], 0.005);
        assertEquals(5632.51, predicted.values()[2], 0.005);
        assertEquals(10.5753, r.scalar("holdout_mape_pct"), 5e-4);
    }

    @Test
    void rollingGm11BacktestAndMetabolicForecast() throws Exception {
        // Independent computation (Python), window 5: first back-test value (2010, from 2005-2009) 3067.211,
        // back-test MAPE over 2010-2019 = 7.7547 %; metabolic forecasts 2020-2022 = 5198.61, 5381.86, 5646.91.
        AnalysisResult r = run("grey.gm11.rolling", net, Map.of("window", "5", "horizon", "3"));
        Series backtest = r.get("backtest", Series.class);
        assertEquals(2010, backtest.index()[0]);
        assertEquals(10, backtest.values().length);
        assertEquals(3067.211, backtest.values()[0], 5e-4);
        assertEquals(7.7547, r.scalar("backtest_mape_pct"), 5e-4);
        Series forecast = r.get("forecast", Series.class);
        assertEquals(5198.61, forecast.values()[0], 0.005);
        assertEquals(5381.86, forecast.values()[1], 0.005);
        assertEquals(5646.91, forecast.values()[2], 0.005);
    }

    @Test
    void graStatesItsTransformAndRanksByHand() throws Exception {
        DataTable t = DataTable.ofNumericIndex("hand", "index", IndexKind.INDEX, new int[] {1, 2, 3}, null,
                List.of(new Column("y", "", new double[] {1, 2, 3}, ""), new Column("p", "", new double[] {1, 2, 4}, ""),
                        new Column("q", "", new double[] {3, 2, 3}, "")));
        AnalysisResult r = run("grey.gra", t, Map.of("normalize", "none"));
        KeyedValues degrees = r.get("degrees", KeyedValues.class);
        assertEquals(2.5 / 3, degrees.get("p"), 1e-15);
        assertEquals(7.0 / 9, degrees.get("q"), 1e-15);
        assertEquals(List.of("p", "q"), r.get("ranking", TextList.class).values());
        assertEquals("none", r.get("normalize", Text.class).text());
        assertEquals(0.5, r.scalar("rho"), 0);
        assertEquals("y", r.get("reference", Text.class).text(), "default reference: the first column");
    }

    @Test
    void graRefusesATransformThatIsUndefined() {
        DataTable t = DataTable.ofNumericIndex("hand.csv", "index", IndexKind.INDEX, new int[] {1, 2, 3}, null,
                List.of(new Column("y", "", new double[] {1, 2, 3}, ""), new Column("z", "", new double[] {0, 2, 4}, "")));
        AnalysisException e = assertThrows(AnalysisException.class, () -> run("grey.gra", t, Map.of("normalize", "initial")));
        assertTrue(e.getMessage().contains("column z") && e.getMessage().contains("first value is 0"), e.getMessage());
    }

    /** grey.gra finds a bad value through its kernels' NaN (GraAnalysis): every transform, either series, any row. */
    @Test
    void graNamesAMissingOrInfiniteValueWhereverItIs() {
        for (String how : List.of("initial", "mean", "minmax", "none")) {
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                for (int column = 0; column < 2; column++) {
                    for (int row = 0; row < 3; row++) {
                        double[][] v = {{1, 2, 3}, {2, 5, 4}};
                        v[column][row] = bad;
                        DataTable t = DataTable.ofNumericIndex("hand.csv", "index", IndexKind.INDEX, new int[] {1, 2, 3}, null,
                                List.of(new Column("y", "", v[0], ""), new Column("z", "", v[1], "")));
                        String what = how + ", " + bad + " in column " + column + " row " + row;
                        AnalysisException e = assertThrows(AnalysisException.class, () -> run("grey.gra", t, Map.of("normalize", how)), what);
                        assertEquals(t.locate(row, column == 0 ? "y" : "z") + ": missing or non-numeric value", e.getMessage(), what);
                    }
                }
            }
        }
    }

    @Test
    void graNamesAMissingValueBeforeAnUndefinedTransformInAnEarlierColumn() {
        DataTable t = DataTable.ofNumericIndex("hand.csv", "index", IndexKind.INDEX, new int[] {1, 2, 3}, null,
                List.of(new Column("y", "", new double[] {1, 2, 3}, ""), new Column("z", "", new double[] {0, 2, 4}, ""),
                        new Column("w", "", new double[] {1, Double.NaN, 3}, "")));
        AnalysisException e = assertThrows(AnalysisException.class, () -> run("grey.gra", t, Map.of("normalize", "initial")));
        assertEquals(t.locate(1, "w") + ": missing or non-numeric value", e.getMessage());
    }

    @Test
    void gm11RefusesNonPositiveValuesNamingTheRow() {
        DataTable t = DataTable.yearly("x.csv", new int[] {2001, 2002, 2003, 2004}, "v", "", new double[] {3, 4, -1, 5});
        AnalysisException e = assertThrows(AnalysisException.class, () -> run("grey.gm11", t, Map.of()));
        assertTrue(e.getMessage().contains("year 2003") && e.getMessage().contains("column v")
                && e.getMessage().contains("positive"), e.getMessage());
    }

    @Test
    void aConstantSeriesHasAnExactFitButNoCPOrGrade() throws Exception {
        DataTable t = DataTable.yearly("flat.csv", new int[] {2001, 2002, 2003, 2004, 2005}, "v", "", new double[] {7, 7, 7, 7, 7});
        AnalysisResult r = run("grey.gm11", t, Map.of("horizon", "2"));
        assertEquals(0.0, r.scalar("mape_pct"), 1e-9);
        assertEquals("undefined: the input is constant (S1 = 0)", r.get("C", Text.class).text());
        assertEquals("undefined: the input is constant (S1 = 0)", r.get("P", Text.class).text());
        assertTrue(r.get("grade", Text.class).text().startsWith("no grade: C and P are undefined"), r.get("grade", Text.class).text());
        assertEquals(7.0, r.get("forecast", Series.class).values()[1], 1e-9);
    }

    @Test
    void valuesNear1e308AreAnOverflowErrorNotNaN() {
        for (String id : List.of("grey.gm11", "grey.dgm11", "grey.verhulst")) {
            DataTable t = DataTable.yearly("huge.csv", new int[] {2001, 2002, 2003, 2004}, "v", "", new double[] {1e308, 1.2e308, 1.5e308, 1.7e308});
            AnalysisException e = assertThrows(AnalysisException.class, () -> run(id, t, Map.of("horizon", "3")), id);
            assertTrue(e.getMessage().contains("is not a finite number: the computation overflowed"), e.getMessage());
            assertTrue(!e.getMessage().contains("NaN") && !e.getMessage().contains("Infinity"), e.getMessage());
        }
    }

    /** The analyses that build their items when read still refuse a non-finite number in run, naming the first. */
    @Test
    void deferredGreyResultsStillRefuseOverflowInRun() {
        int[] years = {2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008};
        DataTable t = DataTable.yearly("huge.csv", years, "v", "", new double[] {1e308, 1.1e308, 1.2e308, 1.3e308, 1.4e308, 1.5e308, 1.6e308, 1.7e308});
        Map<String, String> equation = Map.of("a", "-0.05", "b", "1e307");
        Map<String, String> expected = Map.of("grey.gm11.holdout", "GM(1,1) hold-out: the development coefficient a (a) is not a finite number",
                "grey.gm11.rolling", "rolling GM(1,1): the one-step back-test for year 2006 is not a finite number",
                "grey.gm11.equation", "GM(1,1) published equation: the fitted values for year 2002 is not a finite number");
        expected.forEach((id, start) -> {
            AnalysisException e = assertThrows(AnalysisException.class, () -> run(id, t, id.endsWith("equation") ? equation : Map.of()), id);
            assertTrue(e.getMessage().startsWith(start), e.getMessage());
        });
    }

    @Test
    void gm11NeedsFourPoints() {
        DataTable t = DataTable.yearly("x.csv", new int[] {2001, 2002, 2003}, "v", "", new double[] {3, 4, 5});
        AnalysisException e = assertThrows(AnalysisException.class, () -> run("grey.gm11", t, Map.of()));
        assertTrue(e.getMessage().contains("at least 4"), e.getMessage());
    }

    @Test
    void dgm11AnalysisForecastsAGeometricSeriesExactly() throws Exception {
        DataTable t = DataTable.yearly("geo", new int[] {1, 2, 3, 4, 5}, "v", "", new double[] {2, 4, 8, 16, 32});
        AnalysisResult r = run("grey.dgm11", t, Map.of("horizon", "2"));
        assertEquals(2.0, r.scalar("beta1"), 1e-12);
        assertEquals(64, r.get("forecast", Series.class).values()[0], 1e-9);
        assertEquals(128, r.get("forecast", Series.class).values()[1], 1e-9);
        assertEquals(0, r.scalar("mape_pct"), 1e-12);
    }
}
