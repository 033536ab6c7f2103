package org.landcarbon.ui.charts;

/**
 * One series of a chart: a name for the legend, one value per category (NaN where there is none),
 * how it is drawn and on which side of the axis a stacked bar goes.
 */
public record ChartSeries(String name, double[] values, Style style, String key) {

    public ChartSeries(String name, double[] values, Style style) {
        this(name, values, style, null);
    }

    public enum Style {
        /** Stacked above zero with the other positive stacked bars (sources). */
        STACKED_UP,
        /** Stacked below zero with the other negative stacked bars (sinks, drawn as negative values). */
        STACKED_DOWN,
        /** A line with markers (net emission, actual values). */
        LINE,
        /** A dashed line (fitted or forecast values). */
        DASHED_LINE,
        /** Plain bars side by side. */
        BAR,
        /** A thin dotted line without markers: one edge of a 95 % interval. */
        BAND
    }
}
