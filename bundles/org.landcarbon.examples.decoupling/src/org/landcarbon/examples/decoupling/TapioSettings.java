package org.landcarbon.examples.decoupling;

import org.landcarbon.analysis.Setting;

/** Settings of the Tapio decoupling analysis: plain fields, defaults as initial values. */
public class TapioSettings {

    @Setting(name = "emission", label = "Emission column", labelZh = "碳排放列",
            description = "the emission series, e.g. net (net land-use carbon emission)")
    public String emission = "net";

    @Setting(name = "gdp", label = "GDP column(s)", labelZh = "GDP列",
            description = "the GDP series, or several joined by + to add them, e.g. gdp.primary+gdp.secondary+gdp.tertiary")
    public String gdp = "gdp";

    @Setting(name = "periods", label = "Periods", labelZh = "时段", defaultText = "each pair of consecutive years",
            description = "periods Y1-Y2,Y3-Y4,... over which the elasticity is taken")
    public String periods = "";

    @Setting(name = "lower", label = "Lower threshold", labelZh = "下阈值", min = 0, max = 10,
            description = "elasticity below which growth is decoupled (Tapio: 0.8)")
    public double lower = 0.8;

    @Setting(name = "upper", label = "Upper threshold", labelZh = "上阈值", min = 0, max = 10,
            description = "elasticity above which growth is negatively decoupled (Tapio: 1.2)")
    public double upper = 1.2;
}
