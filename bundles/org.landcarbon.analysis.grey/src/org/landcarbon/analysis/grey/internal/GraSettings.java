package org.landcarbon.analysis.grey.internal;

import org.landcarbon.analysis.Setting;
import org.landcarbon.analysis.grey.GreyRelational.Normalization;

/** Settings of grey relational analysis. */
public class GraSettings {

    @Setting(name = "reference", label = "Reference series", labelZh = "参考序列", defaultText = "the first column",
            description = "the column the others are related to (e.g. net emission)")
    public String reference;

    @Setting(name = "normalize", label = "Dimensionless transform", labelZh = "无量纲化",
            description = "transform of every series before Deng's degree: x/x(1), x/mean, (x-min)/(max-min) or none")
    public Normalization normalize = Normalization.INITIAL;

    @Setting(name = "rho", label = "Resolution coefficient rho", labelZh = "分辨系数", min = 0.001, max = 1,
            description = "Deng's distinguishing coefficient, usually 0.5")
    public double rho = 0.5;

    @Setting(name = "weights", label = "Weights of the points", labelZh = "时点权重", defaultText = "equal",
            description = "optional weights of the n points in Deng's degree (comma-separated, n values, at least 0)", min = 0)
    public double[] weights = new double[0];

    @Setting(name = "theta", label = "theta of the synthetic degree", labelZh = "综合关联度系数", min = 0, max = 1,
            description = "weight of the absolute degree in the synthetic degree theta*eps + (1-theta)*r")
    public double theta = 0.5;
}
