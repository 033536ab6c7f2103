package org.landcarbon.analysis.decomposition.internal;

import org.landcarbon.analysis.Setting;

/**
 * Settings of {@code decomposition.lmdi}: the identity is either a chain of series (each subcategory's
 * emission, optionally its own quantity, then shared drivers) or the factor series themselves.
 */
public class LmdiSettings {

    @Setting(name = "emission", label = "Emission series", labelZh = "排放序列",
            description = "the emission of each subcategory C_i (one column, or one per land class); the aggregate is their sum",
            defaultText = "the first column unless --factors is given")
    public String[] emission = {};

    @Setting(name = "quantity", label = "Subcategory quantity", labelZh = "分项数量",
            description = "the quantity L_i of each subcategory (e.g. its area), one per emission column: adds the factors C_i/L_i and L_i/D1")
    public String[] quantity = {};

    @Setting(name = "drivers", label = "Shared drivers", labelZh = "共同驱动因素",
            description = "shared series D1,D2,...,Dm (e.g. total area, GDP, population): factors D1/D2, ..., Dm; C = sum C_i/L_i x L_i/D1 x ... x Dm")
    public String[] drivers = {};

    @Setting(name = "factors", label = "Factor series", labelZh = "因素序列",
            description = "instead of a chain: the factor series themselves (e.g. structure,intensity,economy,population); the aggregate is their product")
    public String[] factors = {};

    @Setting(name = "names", label = "Factor names", labelZh = "因素名称",
            description = "names of the factors in order, for the results", defaultText = "from the column names")
    public String[] names = {};

    @Setting(name = "periods", label = "Periods", labelZh = "时段",
            description = "periods Y1-Y2,Y3-Y4,... to decompose", defaultText = "consecutive years and first to last")
    public String periods = "";
}
