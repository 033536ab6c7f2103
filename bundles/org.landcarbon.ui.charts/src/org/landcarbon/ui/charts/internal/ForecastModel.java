package org.landcarbon.ui.charts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.Figure;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Text;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.landcarbon.ui.ModelLabels;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.charts.ChartSeries;

/**
 * GM(1,1) on a study's net emission (the computed account's, else the reported one): actual, fitted
 * and forecast values with the accuracy (C, P, grade) in the caption, and the residuals as a second chart.
 */
public final class ForecastModel {

    public static final String ANALYSIS = "grey.gm11";
    static final String UNIT = "10^4 t C";
    /** Replicates of the forecast's 95 % prediction interval (residual bootstrap, seed 1). */
    static final int BOOTSTRAP = 2_000;

    /** The two charts and the result they come from. */
    public record Charts(ChartModel forecast, ChartModel residuals, AnalysisResult result) {
    }

    private ForecastModel() {
    }

    public static Charts compute(Study study, AccountingService accounting, AnalysisRegistry registry, int horizon)
            throws Exception {
        List<Integer> years = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        String source = null;
        if (accounting != null) {
            try {
                Account account = accounting.account(study, AccountOptions.DEFAULT);
                for (int y : account.years()) {
                    Figure f = account.value(y, "net");
                    if (f.isPresent()) {
                        years.add(y);
                        values.add(Account.express(f.value(), Unit.parse(UNIT)).value());
                    }
                }
                source = Messages.netComputed;
            } catch (Exception e) {
                years.clear();
                values.clear();
            }
        }
        if (years.size() < 4) {
            years.clear();
            values.clear();
            for (ReportedValue r : study.getReportedValues()) {
                if ("net".equals(r.getComponent()) && UNIT.equals(r.getUnit())) {
                    years.add(r.getYear());
                    values.add(r.getValue());
                }
            }
            source = Messages.netReported;
        }
        if (years.size() < 4) {
            return null;
        }
        Analysis<?> gm11 = registry == null ? null : registry.find(ANALYSIS).orElse(null);
        if (gm11 == null) {
            throw new IllegalStateException(Messages.noGm11);
        }
        int[] ys = years.stream().mapToInt(Integer::intValue).toArray();
        double[] xs = values.stream().mapToDouble(Double::doubleValue).toArray();
        DataTable table = DataTable.yearly(ModelLabels.study(study), ys, "net", UNIT, xs);
        AnalysisResult result = AnalysisRunner.run(gm11, table, Map.of("horizon", Integer.toString(horizon)));

        Series fitted = result.get("fitted", Series.class);
        Series forecast = result.get("forecast", Series.class);
        Series residuals = result.get("residuals", Series.class);
        int first = ys[0];
        int last = forecast.index()[forecast.index().length - 1];
        String[] categories = new String[last - first + 1];
        for (int i = 0; i < categories.length; i++) {
            categories[i] = Integer.toString(first + i);
        }
        double[] actual = place(categories.length, first, ys, xs);
        double[] fit = place(categories.length, first, fitted.index(), fitted.values());
        double[] ahead = place(categories.length, first, forecast.index(), forecast.values());
        // The forecast line starts at the last fitted point so that it reads as a continuation.
        int lastYear = ys[ys.length - 1];
        ahead[lastYear - first] = fit[lastYear - first];
        String grade = result.item("grade").map(i -> ((Text) i).text()).orElse("?");
        String caption = NLS.bind(Messages.gm11Caption, new Object[] { fmt(result.scalar("a"), 4), fmt(result.scalar("b"), 2),
                fmt(result.scalar("C"), 4), fmt(result.scalar("P"), 4), grade, fmt(result.scalar("mape_pct"), 2), source });
        ChartModel main = new ChartModel(NLS.bind(Messages.gm11Title, ModelLabels.study(study)), caption, Messages.axisYear,
                NLS.bind(Messages.axisNet, UNIT), categories,
                List.of(new ChartSeries(Messages.seriesActual, actual, ChartSeries.Style.LINE),
                        new ChartSeries(Messages.seriesFitted, fit, ChartSeries.Style.DASHED_LINE),
                        new ChartSeries(NLS.bind(Messages.seriesForecast, lastYear + 1, last), ahead, ChartSeries.Style.DASHED_LINE)));
        List<ChartSeries> lines = new ArrayList<>(main.series());
        try {
            org.landcarbon.uncertainty.ForecastBand band = org.landcarbon.uncertainty.Gm11Intervals.bootstrap(xs, horizon, BOOTSTRAP, 1);
            double[] lo = new double[categories.length];
            double[] hi = new double[categories.length];
            Arrays.fill(lo, Double.NaN);
            Arrays.fill(hi, Double.NaN);
            for (int j = 0; j < band.statistics().size(); j++) {
                lo[lastYear + 1 + j - first] = band.statistics().get(j).p2_5();
                hi[lastYear + 1 + j - first] = band.statistics().get(j).p97_5();
            }
            lines.add(new ChartSeries(NLS.bind(Messages.seriesForecastLow, BOOTSTRAP), lo, ChartSeries.Style.BAND));
            lines.add(new ChartSeries(Messages.seriesForecastHigh, hi, ChartSeries.Style.BAND));
            main = new ChartModel(main.title(), main.caption(), main.xTitle(), main.yTitle(), categories, lines);
        } catch (IllegalArgumentException e) {
            // no interval (horizon 0, or a fit whose residuals are undefined): the forecast is drawn without one
        }
        double[] res = place(categories.length, first, residuals.index(), residuals.values());
        ChartModel below = new ChartModel(Messages.residualsTitle, null, Messages.axisYear, NLS.bind(Messages.axisResidual, UNIT),
                Arrays.copyOf(categories, ys.length), List.of(new ChartSeries(Messages.seriesResiduals, Arrays.copyOf(res, ys.length),
                        ChartSeries.Style.BAR)));
        return new Charts(main, below, result);
    }

    private static double[] place(int n, int first, int[] index, double[] values) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < index.length; i++) {
            int at = index[i] - first;
            if (at >= 0 && at < n) {
                out[at] = values[i];
            }
        }
        return out;
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
