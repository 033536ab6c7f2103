package org.landcarbon.analysis.grey.internal;

import org.landcarbon.analysis.Setting;

/** Settings of the GM(1,1) hold-out validation. */
public class HoldoutGm11Settings extends Gm11Settings {

    @Setting(name = "holdout", label = "Held-out points", labelZh = "留出检验点数", min = 1, max = 1000,
            description = "number of last points left out of the fit and forecast for validation")
    public int holdout = 3;
}
