package org.landcarbon.analysis.grey.internal;

import org.landcarbon.analysis.Setting;

/** Settings of the rolling (metabolic) GM(1,1). */
public class RollingGm11Settings {

    @Setting(name = "window", label = "Window", labelZh = "滚动窗口", min = 4, max = 1000,
            description = "number of most recent points each GM(1,1) is fitted on")
    public int window = 5;

    @Setting(name = "horizon", label = "Forecast horizon", labelZh = "预测步数", min = 0, max = 200,
            description = "number of steps to forecast; each forecast joins the window and the oldest point leaves it")
    public int horizon = 5;
}
