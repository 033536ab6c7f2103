package org.landcarbon.ui.charts;

import java.util.List;

/**
 * What a chart shows, independent of how it is drawn: the chart factory draws it with SWTChart on
 * screen, the exporter writes it as PNG or SVG. Axis titles carry their units.
 *
 * @param title the heading
 * @param caption a line under the heading (method, accuracy, source), or null
 * @param xTitle the title of the category axis
 * @param yTitle the title of the value axis, with its unit
 * @param categories one label per position on the category axis (years)
 * @param series the series, drawn in this order
 */
public record ChartModel(String title, String caption, String xTitle, String yTitle, String[] categories,
        List<ChartSeries> series) {

    public boolean hasStacks() {
        return series.stream().anyMatch(s -> s.style() == ChartSeries.Style.STACKED_UP
                || s.style() == ChartSeries.Style.STACKED_DOWN);
    }

    /** The lowest and highest value drawn, stacks summed, zero included. */
    public double[] range() {
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < categories.length; i++) {
            double up = 0;
            double down = 0;
            for (ChartSeries s : series) {
                double v = i < s.values().length ? s.values()[i] : Double.NaN;
                if (Double.isNaN(v)) {
                    continue;
                }
                switch (s.style()) {
                    case STACKED_UP -> up += v;
                    case STACKED_DOWN -> down += v;
                    default -> {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            lo = Math.min(lo, down);
            hi = Math.max(hi, up);
        }
        return new double[] { lo, hi };
    }
}
