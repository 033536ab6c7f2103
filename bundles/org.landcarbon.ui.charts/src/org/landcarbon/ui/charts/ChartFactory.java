package org.landcarbon.ui.charts;

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
import org.landcarbon.ui.charts.internal.Palette;

/**
 * Draws a {@link ChartModel} with SWTChart. Sources stack above zero and sinks below it; SWTChart
 * stacks all bars of one y axis together and only positive ones, so the sinks get a second, reversed
 * y axis whose range mirrors the main one.
 */
public final class ChartFactory {

    private ChartFactory() {
    }

    public static Chart create(Composite parent, ChartModel model) {
        Chart chart = new Chart(parent, SWT.NONE);
        show(chart, model);
        return chart;
    }

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
            chart.getTitle().setText(model.caption() == null ? model.title() : model.title() + "\n" + model.caption());
            chart.getTitle().setForeground(text);
            chart.getLegend().setPosition(SWT.BOTTOM);

            IAxis x = chart.getAxisSet().getXAxis(0);
            x.getTitle().setText(model.xTitle());
            x.getTitle().setForeground(text);
            x.getTick().setForeground(text);
            x.enableCategory(true);
            x.setCategorySeries(model.categories());
            IAxis y = chart.getAxisSet().getYAxis(0);
            y.getTitle().setText(model.yTitle());
            y.getTitle().setForeground(text);
            y.getTick().setForeground(text);
            y.getGrid().setForeground(new Color(225, 225, 225));
            x.getGrid().setForeground(white);

            int sinkAxis = -1;
            int up = 0;
            int down = 0;
            int lines = 0;
            int n = 0;
            for (ChartSeries s : model.series()) {
                String id = "s" + (n++);
                switch (s.style()) {
                    case STACKED_UP, STACKED_DOWN, BAR -> {
                        IBarSeries<?> bar = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
                        bar.setDescription(s.name());
                        boolean sinkBar = s.style() == ChartSeries.Style.STACKED_DOWN;
                        // SWTChart stacks only positive values: sinks go as absorption on a reversed axis.
                        bar.setYSeries(zeroForMissing(s.values(), sinkBar ? -1 : 1));
                        bar.setBarPadding(25);
                        boolean sink = s.style() == ChartSeries.Style.STACKED_DOWN;
                        int[] fallback = sink ? Palette.sink(down++) : Palette.source(up++);
                        bar.setBarColor(rgb(Palette.of(s.key()) != null ? Palette.of(s.key()) : fallback));
                        if (s.style() != ChartSeries.Style.BAR) {
                            bar.enableStack(true);
                            // Up and down stacks share one slot per year instead of standing side by side.
                            bar.setBarOverlay(true);
                        }
                        if (sink) {
                            if (sinkAxis < 0) {
                                sinkAxis = chart.getAxisSet().createYAxis();
                                IAxis a = chart.getAxisSet().getYAxis(sinkAxis);
                                a.getTitle().setVisible(false);
                                a.getTick().setVisible(false);
                                a.getGrid().setForeground(white);
                                a.setReversed(true);
                            }
                            bar.setYAxisId(sinkAxis);
                        }
                    }
                    case LINE, DASHED_LINE -> {
                        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
                        line.setDescription(s.name());
                        line.setYSeries(s.values());
                        Color c = rgb(Palette.line(lines++));
                        line.setLineColor(c);
                        line.setSymbolColor(c);
                        line.setLineWidth(2);
                        line.setSymbolSize(3);
                        line.setAntialias(SWT.ON);
                        if (s.style() == ChartSeries.Style.DASHED_LINE) {
                            line.setLineStyle(LineStyle.DASH);
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
            if (sinkAxis >= 0) {
                // v absorbed on the reversed axis sits where -v sits on the main axis.
                chart.getAxisSet().getYAxis(sinkAxis).setRange(new Range(-range.upper, -range.lower));
            }
            x.adjustRange();
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    private static double[] zeroForMissing(double[] values, double sign) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.isNaN(values[i]) ? 0 : sign * values[i];
        }
        return out;
    }

    static Color rgb(int[] c) {
        return new Color(c[0], c[1], c[2]);
    }
}
