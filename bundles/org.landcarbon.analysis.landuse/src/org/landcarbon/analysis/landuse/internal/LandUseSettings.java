package org.landcarbon.analysis.landuse.internal;

import org.landcarbon.analysis.Setting;

/** Settings of the land-use structure analysis. */
public class LandUseSettings {

    @Setting(name = "periods", label = "Periods", labelZh = "时段", defaultText = "first to last year",
            description = "periods for the dynamic degrees and growth rates, Y1-Y2,Y3-Y4,... e.g. 2005-2012,2012-2019")
    public String periods = "";

    @Setting(name = "categories", label = "Major categories", labelZh = "用地大类",
            description = "grouping of classes into major categories, NAME=class+class;NAME=class; classes not named are left out")
    public String categories = "agricultural=cropland+garden+forest+grassland+water;construction=construction;unused=unused";
}
