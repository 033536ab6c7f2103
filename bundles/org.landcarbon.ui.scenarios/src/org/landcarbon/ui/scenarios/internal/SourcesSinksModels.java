package org.landcarbon.ui.scenarios.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.scenarios.AccountPath;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.scenarios.YearSeries;
import org.landcarbon.ui.ModelLabels;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.charts.ChartSeries;

/** Each scenario's account as the charts bundle draws it: sources stacked up, sinks down, net as a line. */
final class SourcesSinksModels {

    private SourcesSinksModels() {
    }

    static ChartModel of(ComparisonSession session, Comparison c, ScenarioResult r) {
        AccountPath a = r.account();
        List<Integer> years = new ArrayList<>(c.years());
        // A category axis prints every label: beyond 30 years only every fifth year is named, or they overlap.
        boolean thin = years.size() > 30;
        String[] categories = years.stream().map(y -> !thin || y % 5 == 0 ? String.valueOf(y) : "")
                .toArray(String[]::new);
        List<ChartSeries> series = new ArrayList<>();
        for (boolean sinks : new boolean[] { false, true }) {
            for (var e : a.components().entrySet()) {
                boolean sink = session.kind(r, e.getKey()) == ComponentKind.SINK;
                if (sink == sinks) {
                    series.add(new ChartSeries(ModelLabels.component(r.study(), e.getKey()), values(e.getValue(), years, sink ? -1 : 1),
                            sink ? ChartSeries.Style.STACKED_DOWN : ChartSeries.Style.STACKED_UP));
                }
            }
        }
        series.add(new ChartSeries(ModelLabels.component(r.study(), "net"), values(a.net(), years, 1), ChartSeries.Style.LINE));
        return new ChartModel(NLS.bind(Messages.sourcesSinksTitle, r.label() + (r.illustrative() ? " *" : "")), null, Messages.axisYear,
                NLS.bind(Messages.axisCarbon, a.unit()), categories, series);
    }

    private static double[] values(YearSeries s, List<Integer> years, double sign) {
        double[] out = new double[years.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.has(years.get(i)) ? sign * s.value(years.get(i)) : Double.NaN;
        }
        return out;
    }
}
