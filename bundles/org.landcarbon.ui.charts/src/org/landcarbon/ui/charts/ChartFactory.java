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
 * stacks all bars of one y axis together, so the sinks get a second y axis kept on the same range.
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
                        bar.setYSeries(zeroForMissing(s.values()));
                        bar.setBarPadding(25);
                        boolean sink = s.style() == ChartSeries.Style.STACKED_DOWN;
                        bar.setBarColor(rgb(sink ? Palette.sink(down++) : Palette.source(up++)));
                        if (s.style() != ChartSeries.Style.BAR) {
                            bar.enableStack(true);
                        }
                        if (sink) {
                            if (sinkAxis < 0) {
                                sinkAxis = chart.getAxisSet().createYAxis();
                                IAxis a = chart.getAxisSet().getYAxis(sinkAxis);
                                a.getTitle().setVisible(false);
                                a.getTick().setVisible(false);
                                a.getGrid().setForeground(white);
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
            double pad = (r[1] - r[0]) * 0.06;
            Range range = new Range(r[0] - (r[0] < 0 ? pad : 0), r[1] + pad);
            for (IAxis axis : chart.getAxisSet().getYAxes()) {
                axis.setRange(range);
            }
            x.adjustRange();
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    private static double[] zeroForMissing(double[] values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                out[i] = 0;
            }
        }
        return out;
    }

    static Color rgb(int[] c) {
        return new Color(c[0], c[1], c[2]);
    }
}
