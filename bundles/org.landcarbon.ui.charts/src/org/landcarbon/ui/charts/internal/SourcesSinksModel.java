package org.landcarbon.ui.charts.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Study;
import org.landcarbon.ui.ModelLabels;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.charts.ChartSeries;

/**
 * Sources and sinks per year as stacked bars (sources up, sinks down) with net emission as a line,
 * from the figures the study's publication reported, in the unit they were reported in.
 */
public final class SourcesSinksModel {

    static final List<String> SINKS = List.of("forest", "cropland", "garden", "water", "grassland", "unused");
    static final List<String> SOURCES = List.of("construction", "agricultural_land");

    private SourcesSinksModel() {
    }

    /** The chart of the reported values, or null when the study reports none of the components. */
    public static ChartModel fromReported(Study study) {
        TreeSet<Integer> years = new TreeSet<>();
        Set<String> components = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        String unit = null;
        for (ReportedValue r : study.getReportedValues()) {
            years.add(r.getYear());
            components.add(r.getComponent());
            if (r.getSource() != null) {
                sources.add(r.getSource());
            }
            if (unit == null) {
                unit = r.getUnit();
            }
        }
        if (years.isEmpty() || !(components.contains("net") || components.stream().anyMatch(SOURCES::contains))) {
            return null;
        }
        List<Integer> ys = new ArrayList<>(years);
        String[] categories = ys.stream().map(String::valueOf).toArray(String[]::new);
        List<ChartSeries> series = new ArrayList<>();
        for (String c : SOURCES) {
            if (components.contains(c)) {
                series.add(new ChartSeries(ModelLabels.component(study, c), values(study, c, ys, 1), ChartSeries.Style.STACKED_UP, c));
            }
        }
        for (String c : SINKS) {
            if (components.contains(c)) {
                // Sinks are published as positive absorption; drawn below zero.
                series.add(new ChartSeries(ModelLabels.component(study, c), values(study, c, ys, -1), ChartSeries.Style.STACKED_DOWN, c));
            }
        }
        if (components.contains("net")) {
            series.add(new ChartSeries(ModelLabels.component(study, "net"), values(study, "net", ys, 1), ChartSeries.Style.LINE));
        }
        String caption = NLS.bind(Messages.reportedCaption, String.join("; ", sources));
        return new ChartModel(NLS.bind(Messages.sourcesSinksTitle, ModelLabels.study(study)), caption, Messages.axisYear,
                NLS.bind(Messages.axisCarbon, unit == null ? "?" : unit), categories, series);
    }

    /** The chart of a computed account, in a carbon or CO2 unit; components the account lacks are left out. */
    public static ChartModel fromAccount(Study study, org.landcarbon.accounting.Account account, String unit) {
        org.landcarbon.model.units.Unit target = org.landcarbon.model.units.Unit.parse(unit);
        List<Integer> ys = account.years();
        String[] categories = ys.stream().map(String::valueOf).toArray(String[]::new);
        List<ChartSeries> series = new ArrayList<>();
        for (String c : account.components()) {
            boolean sink = account.kind(c) == org.landcarbon.accounting.ComponentKind.SINK;
            double[] v = new double[ys.size()];
            boolean any = false;
            for (int i = 0; i < ys.size(); i++) {
                org.landcarbon.accounting.Figure f = account.value(ys.get(i), c);
                v[i] = f.isPresent() ? (sink ? -1 : 1) * org.landcarbon.accounting.Account.express(f.value(), target).value() : Double.NaN;
                any |= f.isPresent();
            }
            if (any) {
                series.add(new ChartSeries(ModelLabels.component(study, c), v, sink ? ChartSeries.Style.STACKED_DOWN : ChartSeries.Style.STACKED_UP, c));
            }
        }
        double[] net = new double[ys.size()];
        for (int i = 0; i < ys.size(); i++) {
            org.landcarbon.accounting.Figure f = account.value(ys.get(i), "net");
            net[i] = f.isPresent() ? org.landcarbon.accounting.Account.express(f.value(), target).value() : Double.NaN;
        }
        series.add(new ChartSeries(ModelLabels.component(study, "net"), net, ChartSeries.Style.LINE));
        return new ChartModel(NLS.bind(Messages.sourcesSinksTitle, ModelLabels.study(study)),
                NLS.bind(Messages.accountCaption, account.coefficientSetDescription()), Messages.axisYear,
                NLS.bind(Messages.axisCarbon, unit), categories, series);
    }

    /** Draws of the account for the 95 % band of net emission; the band is drawn only when an input has a range. */
    public static final int BAND_DRAWS = 10_000;

    /**
     * The chart with the 2.5 and 97.5 percentiles of net emission (Monte Carlo, {@link #BAND_DRAWS} draws, seed 1)
     * as dotted lines, or the chart unchanged when no input of the account has a range.
     */
    public static ChartModel withBand(ChartModel chart, org.landcarbon.uncertainty.UncertaintyModel model, String unit) {
        if (model.inputs().isEmpty()) {
            return chart;
        }
        org.landcarbon.uncertainty.UncertainAccount mc = org.landcarbon.uncertainty.MonteCarlo.account(model, BAND_DRAWS, 1);
        double scale = org.landcarbon.accounting.Account.express(
                new org.landcarbon.model.units.Quantity(1, org.landcarbon.model.units.Units.T_C), org.landcarbon.model.units.Unit.parse(unit))
                .value();
        double[] lo = new double[chart.categories().length];
        double[] hi = new double[lo.length];
        for (int i = 0; i < lo.length; i++) {
            int year = Integer.parseInt(chart.categories()[i]);
            org.landcarbon.uncertainty.Statistics s = model.years().contains(year) ? mc.statistics(year, "net")
                    : org.landcarbon.uncertainty.Statistics.MISSING;
            lo[i] = s.p2_5() * scale;
            hi[i] = s.p97_5() * scale;
        }
        List<ChartSeries> series = new ArrayList<>(chart.series());
        series.add(new ChartSeries(NLS.bind(Messages.seriesNetLow, BAND_DRAWS), lo, ChartSeries.Style.BAND));
        series.add(new ChartSeries(Messages.seriesNetHigh, hi, ChartSeries.Style.BAND));
        return new ChartModel(chart.title(), chart.caption(), chart.xTitle(), chart.yTitle(), chart.categories(), series);
    }

    private static double[] values(Study study, String component, List<Integer> years, double sign) {
        double[] out = new double[years.size()];
        java.util.Arrays.fill(out, Double.NaN);
        for (ReportedValue r : study.getReportedValues()) {
            if (component.equals(r.getComponent())) {
                int i = years.indexOf(r.getYear());
                if (i >= 0) {
                    out[i] = sign * r.getValue();
                }
            }
        }
        return out;
    }
}
