package org.landcarbon.analysis.landuse.internal;

import org.landcarbon.analysis.Setting;

/** Settings of the transfer-matrix analysis. */
public class TransferSettings {

    @Setting(name = "years", label = "Years between the dates", labelZh = "间隔年数", min = 0, max = 1000,
            description = "length of the period the table covers; when given, the dynamic degrees per year are computed too")
    public int years = 0;
}
