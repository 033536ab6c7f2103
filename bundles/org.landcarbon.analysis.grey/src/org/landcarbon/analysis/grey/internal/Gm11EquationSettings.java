package org.landcarbon.analysis.grey.internal;

import org.landcarbon.analysis.Setting;

/** A published GM(1,1) equation as printed: its a and b, and the accuracy conventions. */
public class Gm11EquationSettings extends Gm11Settings {

    @Setting(name = "a", label = "a as printed", labelZh = "发展系数 a", required = true,
            description = "the development coefficient as the publication prints it, e.g. -0.047")
    public Double a;

    @Setting(name = "b", label = "b as printed", labelZh = "灰色作用量 b", required = true,
            description = "the grey input as the publication prints it, e.g. 2752.6")
    public Double b;
}
