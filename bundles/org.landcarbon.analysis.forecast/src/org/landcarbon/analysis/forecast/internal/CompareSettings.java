package org.landcarbon.analysis.forecast.internal;

import org.landcarbon.analysis.Setting;
import org.landcarbon.analysis.forecast.DieboldMariano.Loss;

/** Settings of {@code forecast.compare}. */
public class CompareSettings {

    /** How the hold-out is forecast. */
    public enum Origin {
        /** Fit once on the training points and forecast the whole hold-out (1 to K steps ahead). */
        FIXED,
        /** Refit before each hold-out point on everything before it and forecast one step. */
        ROLLING
    }

    @Setting(name = "holdout", label = "Held-out points", labelZh = "留出检验点数", min = 2, max = 1000,
            description = "number of last points kept out of the fit and forecast for the comparison")
    public int holdout = 4;

    @Setting(name = "origin", label = "Forecast origin", labelZh = "预测起点",
            description = "fixed: one fit, forecasts 1..K steps ahead; rolling: refit before each held-out point, one step ahead")
    public Origin origin = Origin.FIXED;

    @Setting(name = "window", label = "Rolling GM window", labelZh = "新陈代谢窗口", min = 4, max = 100,
            description = "points in the window of the rolling (metabolic) GM(1,1)")
    public int window = 4;

    @Setting(name = "arima-d", label = "ARIMA differencing d", labelZh = "ARIMA差分阶数d", min = 0, max = 1,
            description = "order of differencing of the ARIMA candidates (p and q from 0 to 2 are chosen by AIC)")
    public int arimaD = 1;

    @Setting(name = "loss", label = "Diebold-Mariano loss", labelZh = "DM检验损失函数",
            description = "loss of the Diebold-Mariano test")
    public Loss loss = Loss.SQUARED;

    @Setting(name = "dm-horizon", label = "Diebold-Mariano h", labelZh = "DM检验步长h", min = 1, max = 100,
            description = "forecast horizon h of the Diebold-Mariano variance and the Harvey-Leybourne-Newbold correction (below the hold-out size)")
    public int dmHorizon = 1;
}
