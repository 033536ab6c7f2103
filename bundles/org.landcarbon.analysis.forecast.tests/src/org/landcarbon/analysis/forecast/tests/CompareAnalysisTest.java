package org.landcarbon.analysis.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.forecast.internal.CompareAnalysis;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Matrix;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.cli.Command;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The comparison end to end on a synthetic series, and the {@code forecast-compare} command. */
class CompareAnalysisTest {

    // synthetic: a trend with a wiggle, 2005..2019
    static final int[] YEARS = {2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019};
    static final double[] NET = {100, 108, 113, 124, 130, 141, 147, 160, 166, 179, 185, 199, 204, 219, 225};

    @TempDir
    Path dir;

    @Test
    void everyModelOnTheSameHoldout() throws Exception {
        DataTable t = DataTable.yearly("synthetic", YEARS, "net", "10^4 t", NET);
        AnalysisResult r = AnalysisRunner.run(new CompareAnalysis(), t, Map.of("holdout", "4"));
        Table acc = r.get("accuracy", Table.class);
        assertEquals(List.of("GM(1,1)", "DGM(1,1)", "grey Verhulst", "rolling GM(1,1)", "linear trend", "ARIMA by AIC",
                "simple exponential smoothing", "Holt exponential smoothing"), acc.rows());
        // the linear trend fitted on 2005..2015 by hand: t = 0..10, slope Sxy/Sxx; its 2016 forecast
        double tm = 5, ym = 0;
        for (int i = 0; i < 11; i++) {
            ym += NET[i] / 11;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < 11; i++) {
            sxy += (i - tm) * (NET[i] - ym);
            sxx += (i - tm) * (i - tm);
        }
        double f2016 = ym + sxy / sxx * (11 - tm);
        assertEquals(f2016, r.get("forecast_linear", Series.class).values()[0], 1e-9);
        double[] e = new double[4];
        double rmse = 0;
        for (int i = 0; i < 4; i++) {
            e[i] = NET[11 + i] - (ym + sxy / sxx * (11 + i - tm));
            rmse += e[i] * e[i] / 4;
        }
        assertEquals(Math.sqrt(rmse), acc.get("linear trend", "RMSE"), 1e-9);
        Matrix dm = r.get("dm_statistic", Matrix.class);
        for (String a : dm.labels()) {
            for (String b : dm.labels()) {
                if (!a.equals(b)) {
                    assertEquals(-dm.get(b, a), dm.get(a, b), 1e-12, a + " vs " + b + " is antisymmetric");
                }
            }
        }
        double p = r.get("dm_p_value", Matrix.class).get("GM(1,1)", "linear trend");
        assertTrue(p >= 0 && p <= 1, "p = " + p);
    }

    @Test
    void rollingOriginForecastsOneStepFromEverythingBefore() throws Exception {
        DataTable t = DataTable.yearly("synthetic", YEARS, "net", "10^4 t", NET);
        AnalysisResult r = AnalysisRunner.run(new CompareAnalysis(), t, Map.of("holdout", "3", "origin", "rolling"));
        // the 2019 one-step linear forecast is the line fitted on 2005..2018 at t = 14
        double[] h = java.util.Arrays.copyOf(NET, 14);
        double tm = 6.5, ym = java.util.Arrays.stream(h).average().orElseThrow(), sxy = 0, sxx = 0;
        for (int i = 0; i < 14; i++) {
            sxy += (i - tm) * (h[i] - ym);
            sxx += (i - tm) * (i - tm);
        }
        assertEquals(ym + sxy / sxx * (14 - tm), r.get("forecast_linear", Series.class).values()[2], 1e-9);
    }

    @Test
    void badInput() {
        DataTable shortSeries = DataTable.yearly("net.csv", new int[] {2001, 2002, 2003, 2004, 2005, 2006}, "net", "t",
                new double[] {1, 2, 3, 4, 5, 6});
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> AnalysisRunner.run(new CompareAnalysis(), shortSeries, Map.of("holdout", "3")));
        assertTrue(e.getMessage().contains("needs at least 8 years"), e.getMessage());
        DataTable negative = DataTable.yearly("net.csv", YEARS, "net", "t", NET.clone());
        negative.columns().get(0).values()[3] = -5;
        AnalysisResult r = assertDoesNotThrow(negative);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("GM(1,1) left out: it needs positive values")), r.notes().toString());
    }

    private static AnalysisResult assertDoesNotThrow(DataTable t) {
        try {
            return AnalysisRunner.run(new CompareAnalysis(), t, Map.of());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void forecastCompareCommand() throws Exception {
        Path csv = dir.resolve("synthetic.csv");
        StringBuilder b = new StringBuilder("# synthetic\nyear,net,other\n");
        for (int i = 0; i < YEARS.length; i++) {
            b.append(YEARS[i]).append(',').append(NET[i]).append(",1\n");
        }
        Files.writeString(csv, b);
        BundleContext context = FrameworkUtil.getBundle(CompareAnalysisTest.class).getBundleContext();
        for (ServiceReference<Command> ref : context.getServiceReferences(Command.class, null)) {
            Command c = context.getService(ref);
            if (c.name().equals("forecast-compare")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int code = c.run(List.of("--input", csv.toString(), "--column", "net", "--holdout", "4", "--format", "table"),
                        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
                assertEquals(0, code);
                String text = out.toString(StandardCharsets.UTF_8);
                assertTrue(text.contains("accuracy on the hold-out") && text.contains("Holt exponential smoothing"), text);
                return;
            }
        }
        throw new AssertionError("no command forecast-compare");
    }
}
