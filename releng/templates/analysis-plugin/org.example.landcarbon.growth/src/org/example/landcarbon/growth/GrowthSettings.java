package org.example.landcarbon.growth;

import org.landcarbon.analysis.Setting;

/** Settings of {@link AverageGrowthAnalysis}; each field's initial value is its default. */
public class GrowthSettings {

    @Setting(name = "from", description = "first year of the period (default: the first year of the series)", defaultText = "first year")
    public Integer from;

    @Setting(name = "to", description = "last year of the period (default: the last year of the series)", defaultText = "last year")
    public Integer to;
}
