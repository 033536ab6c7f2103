package org.landcarbon.analysis.grey.internal;

import org.landcarbon.analysis.Setting;
import org.landcarbon.analysis.grey.Gm11Accuracy.Conventions;
import org.landcarbon.analysis.grey.Gm11Accuracy.Deviation;
import org.landcarbon.analysis.grey.Gm11Accuracy.Points;

/** Settings of GM(1,1): the forecast horizon and the accuracy conventions (defaults as the seed paper). */
public class Gm11Settings {

    @Setting(name = "horizon", label = "Forecast horizon", labelZh = "预测步数", min = 0, max = 200,
            description = "number of steps (years) to forecast after the last input point")
    public int horizon = 5;

    @Setting(name = "cp-residuals", label = "Residuals in C and P", labelZh = "后验差检验所用残差",
            description = "which residuals enter C and P: all n (e(1) = 0 included, as the seed paper) or k = 2..n")
    public Points cpResiduals = Points.ALL;

    @Setting(name = "sd", label = "Standard deviation", labelZh = "标准差",
            description = "population (divide by n) or sample (divide by n - 1) standard deviations in C and P")
    public Deviation sd = Deviation.POPULATION;

    @Setting(name = "mape-over", label = "MAPE over", labelZh = "平均相对误差范围",
            description = "the points MAPE averages: k = 2..n (from-second) or all n")
    public Points mapeOver = Points.FROM_SECOND;

    Conventions conventions() {
        return new Conventions(cpResiduals, sd, mapeOver);
    }
}
