package org.landcarbon.ui.charts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.landcarbon.model.units.UnitText;
import org.landcarbon.ui.charts.internal.Palette;

/**
 * Draws a {@link ChartModel} with SWTChart: sources stacked above zero, sinks below it, lines over them.
 */
public final class ChartFactory {

    private ChartFactory() {
    }

    public static Chart create(Composite parent, ChartModel model) {
        Chart chart = new Chart(parent, SWT.NONE);
        show(chart, model);
        return chart;
    }

    /** Year ticks: whole years only; a tick SWTChart puts between two years stays blank instead of repeating one. */
    static final java.text.NumberFormat YEARS = new java.text.DecimalFormat("0") {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer result, java.text.FieldPosition field) {
            return Math.abs(number - Math.rint(number)) > 1e-6 ? result : super.format(number, result, field);
        }
    };

    /** Replaces what a chart shows (after an edit, a unit switch). */
    public static void show(Chart chart, ChartModel model) {
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
            for (int id : chart.getAxisSet().getYAxisIds()) {
                if (id != 0) {
                    chart.getAxisSet().deleteYAxis(id);
                }
            }
            Color white = new Color(255, 255, 255);
            Color text = new Color(40, 40, 40);
            chart.setBackground(white);
            chart.setBackgroundInPlotArea(white);
            // units typeset for reading (10⁴ t C, hm²); the models and exports to CSV/JSON keep ASCII
            chart.getTitle().setText(UnitText.unicode(model.caption() == null ? model.title() : model.title() + "\n" + model.caption()));
            chart.getTitle().setForeground(text);
            chart.getLegend().setPosition(SWT.BOTTOM);

            IAxis x = chart.getAxisSet().getXAxis(0);
            x.getTitle().setText(UnitText.unicode(model.xTitle()));
            x.getTitle().setForeground(text);
            x.getTick().setForeground(text);
            // Lines only, over years: a numeric axis, so that a line may have gaps (SWTChart draws NaN as a value).
            double[] years = numericCategories(model);
            x.enableCategory(years == null);
            if (years == null) {
                x.setCategorySeries(model.categories());
            } else {
                x.getTick().setFormat(YEARS);
            }
            IAxis y = chart.getAxisSet().getYAxis(0);
            y.getTitle().setText(UnitText.unicode(model.yTitle()));
            y.getTitle().setForeground(text);
            y.getTick().setForeground(text);
            y.getGrid().setForeground(new Color(225, 225, 225));
            x.getGrid().setForeground(white);

            // Stacks are drawn as overlaid bars from zero to each running total, outermost first, so that
            // sources rise above zero and sinks fall below it (SWTChart's own stacking takes no negative values).
            double[][] cumulative = cumulative(model);
            List<Integer> order = new ArrayList<>();
            for (int i = model.series().size() - 1; i >= 0; i--) {
                ChartSeries.Style st = model.series().get(i).style();
                if (st == ChartSeries.Style.STACKED_UP || st == ChartSeries.Style.STACKED_DOWN) {
                    order.add(i);
                }
            }
            for (int i = 0; i < model.series().size(); i++) {
                if (!order.contains(i)) {
                    order.add(i);
                }
            }
            int up = 0;
            int down = 0;
            int lines = 0;
            int[] upIndex = new int[model.series().size()];
            int[] downIndex = new int[model.series().size()];
            for (int i = 0; i < model.series().size(); i++) {
                ChartSeries.Style st = model.series().get(i).style();
                upIndex[i] = st == ChartSeries.Style.STACKED_UP || st == ChartSeries.Style.BAR ? up++ : -1;
                downIndex[i] = st == ChartSeries.Style.STACKED_DOWN ? down++ : -1;
            }
            for (int i : order) {
                ChartSeries s = model.series().get(i);
                String id = "s" + i;
                switch (s.style()) {
                    case STACKED_UP, STACKED_DOWN, BAR -> {
                        IBarSeries<?> bar = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
                        bar.setDescription(s.name());
                        boolean sink = s.style() == ChartSeries.Style.STACKED_DOWN;
                        bar.setYSeries(s.style() == ChartSeries.Style.BAR ? zeroForMissing(s.values()) : cumulative[i]);
                        bar.setBarPadding(25);
                        int[] fallback = sink ? Palette.sink(downIndex[i]) : Palette.source(upIndex[i]);
                        bar.setBarColor(rgb(Palette.of(s.key()) != null ? Palette.of(s.key()) : fallback));
                        if (s.style() != ChartSeries.Style.BAR) {
                            bar.setBarOverlay(true);
                        }
                    }
                    case LINE, DASHED_LINE, BAND -> {
                        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
                        line.setDescription(s.name());
                        if (years == null) {
                            line.setYSeries(s.values());
                        } else {
                            int count = 0;
                            for (double v : s.values()) {
                                count += Double.isNaN(v) ? 0 : 1;
                            }
                            double[] xs = new double[count];
                            double[] ys = new double[count];
                            for (int k = 0, j = 0; k < s.values().length && k < years.length; k++) {
                                if (!Double.isNaN(s.values()[k])) {
                                    xs[j] = years[k];
                                    ys[j++] = s.values()[k];
                                }
                            }
                            line.setXSeries(xs);
                            line.setYSeries(ys);
                        }
                        Color c = s.style() == ChartSeries.Style.BAND ? rgb(Palette.BAND) : rgb(Palette.line(lines++));
                        line.setLineColor(c);
                        line.setSymbolColor(c);
                        line.setLineWidth(org.landcarbon.ui.UiPreferences.lineWidth());
                        line.setSymbolSize(3);
                        line.setAntialias(SWT.ON);
                        if (s.style() == ChartSeries.Style.BAND) {
                            line.setLineStyle(LineStyle.DOT);
                            line.setLineWidth(1);
                            line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
                        } else if (s.style() == ChartSeries.Style.DASHED_LINE || !org.landcarbon.ui.UiPreferences.markers()) {
                            line.setLineStyle(s.style() == ChartSeries.Style.DASHED_LINE ? LineStyle.DASH : LineStyle.SOLID);
                            line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
                        } else {
                            line.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
                        }
                    }
                }
            }
            double[] r = model.range();
            if (r[1] - r[0] <= 0) {
                r[1] = r[0] + 1; // nothing to show yet: SWTChart refuses an empty range
            }
            double pad = (r[1] - r[0]) * 0.06;
            Range range = new Range(r[0] - (r[0] < 0 ? pad : 0), r[1] + pad);
            y.setRange(range);
            x.adjustRange();
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    /** The categories as numbers when the chart has only lines and every category is a year; else null. */
    private static double[] numericCategories(ChartModel model) {
        if (model.categories().length == 0 || model.series().stream().anyMatch(s -> s.style() != ChartSeries.Style.LINE
                && s.style() != ChartSeries.Style.DASHED_LINE && s.style() != ChartSeries.Style.BAND)) {
            return null;
        }
        double[] out = new double[model.categories().length];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Integer.parseInt(model.categories()[i]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    private static double[] zeroForMissing(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.isNaN(values[i]) ? 0 : values[i];
        }
        return out;
    }

    /** For each stacked series, the running total of its side (up or down) up to and including it. */
    private static double[][] cumulative(ChartModel model) {
        int n = model.categories().length;
        double[] up = new double[n];
        double[] down = new double[n];
        double[][] out = new double[model.series().size()][];
        for (int i = 0; i < model.series().size(); i++) {
            ChartSeries s = model.series().get(i);
            double[] side = s.style() == ChartSeries.Style.STACKED_UP ? up : s.style() == ChartSeries.Style.STACKED_DOWN ? down : null;
            if (side == null) {
                continue;
            }
            for (int k = 0; k < n && k < s.values().length; k++) {
                if (!Double.isNaN(s.values()[k])) {
                    side[k] += s.values()[k];
                }
            }
            out[i] = side.clone();
        }
        return out;
    }

    /**
     * The product's look for a chart built elsewhere (a plugin's result in the Analyses view): white plot, dark
     * text, light grid, legend below, titles with typeset units, whole-year ticks on a numeric year axis.
     */
    public static void style(Chart chart, boolean yearAxis) {
        Color white = new Color(255, 255, 255);
        Color text = new Color(40, 40, 40);
        chart.setBackground(white);
        chart.setBackgroundInPlotArea(white);
        chart.getTitle().setText(UnitText.unicode(chart.getTitle().getText()));
        chart.getTitle().setForeground(text);
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        for (IAxis a : new IAxis[] { x, y }) {
            a.getTitle().setText(UnitText.unicode(a.getTitle().getText()));
            a.getTitle().setForeground(text);
            a.getTick().setForeground(text);
        }
        y.getGrid().setForeground(new Color(225, 225, 225));
        x.getGrid().setForeground(white);
        if (yearAxis) {
            x.getTick().setFormat(YEARS);
        }
    }

    /** The product's colour for the i-th line of a chart (colour-blind safe, as the built-in charts use). */
    public static Color lineColor(int i) {
        return rgb(Palette.line(i));
    }

    /** The product's colour for bars of one series. */
    public static Color barColor() {
        return rgb(Palette.source(0));
    }

    static Color rgb(int[] c) {
        return new Color(c[0], c[1], c[2]);
    }
}
