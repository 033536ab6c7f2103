package org.landcarbon.ui.scenarios.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * The overlaid net emission paths on SWTChart: one line per scenario on a numeric year axis (so
 * studies with different first years line up), each peak a diamond with its year and value.
 */
final class NetPathsChart {

    private static final String MODEL = "org.landcarbon.netPaths";

    private NetPathsChart() {
    }

    /** Whether a chart was made here (and so writes its peaks). */
    static boolean isNetPathsChart(Chart chart) {
        return chart.getData(MODEL) instanceof NetPaths;
    }

    /**
     * Writes each peak's year and value beside its diamond. Drawn here rather than as a series label
     * because a label is a DecimalFormat of the value, which would round differently from the table.
     */
    private record PeakTexts(Chart chart) implements ICustomPaintListener {

        @Override
        public void paintControl(PaintEvent e) {
            if (!(chart.getData(MODEL) instanceof NetPaths model)) {
                return;
            }
            IAxis x = chart.getAxisSet().getXAxis(0);
            IAxis y = chart.getAxisSet().getYAxis(0);
            if (model.projectedFrom() > 0) {
                // Where the data end and the scenarios begin: the paths are one line before it.
                int bx = x.getPixelCoordinate(model.projectedFrom() - 0.5);
                e.gc.setForeground(new Color(150, 150, 150));
                e.gc.setLineStyle(SWT.LINE_DOT);
                e.gc.drawLine(bx, 0, bx, e.height);
                e.gc.setLineStyle(SWT.LINE_SOLID);
                e.gc.drawText(model.projectedText(), bx + 4, 4, true);
            }
            for (NetPaths.Path p : model.paths()) {
                if (!p.peaked()) {
                    continue;
                }
                int px = x.getPixelCoordinate(p.peakYear());
                int py = y.getPixelCoordinate(p.peakValue());
                Point size = e.gc.textExtent(p.peakText());
                e.gc.setForeground(new Color(p.rgb()[0], p.rgb()[1], p.rgb()[2]));
                // Below the diamond: the paths that did not turn run above a peak.
                e.gc.drawText(p.peakText(), px - size.x / 2, py + 8, true);
            }
        }

        @Override
        public boolean drawBehindSeries() {
            return false;
        }
    }

    /** One edge of a band: a thin dotted line in the path's colour; only the first band's lower edge is in the legend. */
    private static void band(Chart chart, String id, double[] years, double[] values, Color c, String legend) {
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        line.setXSeries(years);
        line.setYSeries(values);
        line.setLineColor(c);
        line.setLineStyle(LineStyle.DOT);
        line.setLineWidth(1);
        line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        line.setAntialias(SWT.ON);
        line.setDescription(legend == null ? id : legend);
        line.setVisibleInLegend(legend != null);
    }

    private static int firstBanded(NetPaths model) {
        for (int i = 0; i < model.paths().size(); i++) {
            if (model.paths().get(i).banded()) {
                return i;
            }
        }
        return -1;
    }

    static Chart create(Composite parent, NetPaths model) {
        Chart chart = new Chart(parent, SWT.NONE);
        show(chart, model);
        return chart;
    }

    static void show(Chart chart, NetPaths model) {
        if (!isNetPathsChart(chart)) {
            chart.getPlotArea().addCustomPaintListener(new PeakTexts(chart));
        }
        chart.setData(MODEL, model);
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
            Color white = new Color(255, 255, 255);
            Color text = new Color(40, 40, 40);
            chart.setBackground(white);
            chart.setBackgroundInPlotArea(white);
            chart.getTitle().setText(org.landcarbon.model.units.UnitText.unicode(model.title()));
            chart.getTitle().setForeground(text);
            chart.getLegend().setPosition(SWT.BOTTOM);

            IAxis x = chart.getAxisSet().getXAxis(0);
            x.getTitle().setText(org.landcarbon.model.units.UnitText.unicode(model.xTitle()));
            x.getTitle().setForeground(text);
            x.getTick().setForeground(text);
            x.getTick().setFormat(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            x.getGrid().setForeground(new Color(235, 235, 235));
            IAxis y = chart.getAxisSet().getYAxis(0);
            y.getTitle().setText(org.landcarbon.model.units.UnitText.unicode(model.yTitle())); // 10⁴ t C, as the other charts
            y.getTitle().setForeground(text);
            y.getTick().setForeground(text);
            y.getGrid().setForeground(new Color(225, 225, 225));

            int n = 0;
            for (NetPaths.Path p : model.paths()) {
                Color c = new Color(p.rgb()[0], p.rgb()[1], p.rgb()[2]);
                ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "net" + n);
                line.setDescription(p.legend());
                line.setXSeries(p.years());
                line.setYSeries(p.values());
                line.setLineColor(c);
                line.setLineWidth(2);
                line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
                line.setAntialias(SWT.ON);
                if (p.peaked()) {
                    ILineSeries<?> peak = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "peak" + n);
                    peak.setDescription(p.peakText());
                    peak.setXSeries(new double[] { p.peakYear() });
                    peak.setYSeries(new double[] { p.peakValue() });
                    peak.setLineStyle(LineStyle.NONE);
                    peak.setSymbolType(ILineSeries.PlotSymbolType.DIAMOND);
                    peak.setSymbolSize(7);
                    peak.setSymbolColor(c);
                    peak.setVisibleInLegend(false);
                }
                n++;
            }
            // After the paths, so that the band's legend entry comes last.
            for (int i = 0; i < model.paths().size(); i++) {
                NetPaths.Path p = model.paths().get(i);
                if (p.banded()) {
                    Color c = new Color(p.rgb()[0], p.rgb()[1], p.rgb()[2]);
                    band(chart, "band-low" + i, p.years(), p.low(), c, i == firstBanded(model) ? model.bandLegend() : null);
                    band(chart, "band-high" + i, p.years(), p.high(), c, null);
                }
            }
            double[] b = model.bounds();
            double pad = (b[1] - b[0]) * 0.08;
            y.setRange(new Range(b[0] - (b[0] < 0 ? pad : 0), b[1] + pad));
            x.setRange(new Range(b[2] - 1, b[3] + 1));
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }
}
