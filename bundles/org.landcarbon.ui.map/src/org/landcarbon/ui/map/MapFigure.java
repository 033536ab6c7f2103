package org.landcarbon.ui.map;

/** What a choropleth shows per region. */
public enum MapFigure {
    /** Net emission (sources - sinks) of the region's account, t C. */
    NET("Net emission", "t C"),
    /** The total of the region's sinks, t C. */
    SINKS("Carbon sinks", "t C"),
    /** The area of one land class (the region's own series or the sum of its parts). */
    AREA("Area of a class", null),
    /** Single land-use dynamic degree K = (Ub - Ua) / Ua / T x 100 % (Wang Xiulan 1999), from the first year with a value to the year shown. */
    DYNAMIC_DEGREE("Dynamic degree of a class", "% / a");

    private final String label;
    private final String unit;

    MapFigure(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** The figure's unit, null when it is the series' own (areas). */
    public String unit() {
        return unit;
    }

    public boolean needsClass() {
        return this == AREA || this == DYNAMIC_DEGREE;
    }
}
