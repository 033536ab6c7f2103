package org.landcarbon.analysis.decomposition.internal;

import org.landcarbon.analysis.Setting;

/** Settings of {@code decomposition.stirpat}. */
public class StirpatSettings {

    /** Which fit drives the scenario paths. */
    public enum Fit {
        RIDGE, OLS
    }

    @Setting(name = "impact", label = "Impact I", labelZh = "环境影响I", required = true,
            description = "the impact series I (e.g. the net or gross emission); its logarithm is the response")
    public String impact;

    @Setting(name = "regressors", label = "Drivers P, A, T, ...", labelZh = "驱动因素P、A、T等", required = true,
            description = "the driver series whose logarithms are the regressors: population, affluence, technology and any user terms")
    public String[] regressors;

    @Setting(name = "squared", label = "Squared terms", labelZh = "平方项",
            description = "drivers (among --regressors) whose squared logarithm is added as a term, e.g. affluence for an EKC test")
    public String[] squared = {};

    @Setting(name = "k", label = "Ridge k", labelZh = "岭参数k", min = 0, max = 100,
            description = "ridge parameter on the standardised scale", defaultText = "Hoerl-Kennard-Baldwin")
    public Double k;

    @Setting(name = "trace-max", label = "Ridge trace up to k", labelZh = "岭迹最大k", min = 0.001, max = 100,
            description = "largest k of the ridge trace")
    public double traceMax = 1.0;

    @Setting(name = "trace-steps", label = "Ridge trace steps", labelZh = "岭迹步数", min = 2, max = 200,
            description = "number of equal steps of k in the ridge trace")
    public int traceSteps = 20;

    @Setting(name = "rates", label = "Scenario growth rates", labelZh = "情景增长率", unit = "%/year",
            description = "annual growth rates per driver for the scenario matrix, e.g. population:0.3|0.6;affluence:5|6|7 (drivers not named stay constant)")
    public String rates = "";

    @Setting(name = "horizon", label = "Scenario years", labelZh = "情景年数", min = 1, max = 100,
            description = "years after the last input year the scenario paths run")
    public int horizon = 15;

    @Setting(name = "scenario-fit", label = "Scenario coefficients", labelZh = "情景所用系数",
            description = "the fit whose elasticities drive the scenario paths")
    public Fit scenarioFit = Fit.RIDGE;
}
