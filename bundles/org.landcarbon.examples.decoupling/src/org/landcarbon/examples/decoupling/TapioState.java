package org.landcarbon.examples.decoupling;

/**
 * The eight decoupling states of Tapio (2005), from the sign of GDP growth and the elasticity
 * e = (dC / C) / (dGDP / GDP) against the thresholds 0.8 and 1.2 (both configurable). Coupling takes
 * the closed interval [lower, upper].
 */
public enum TapioState {
    STRONG_DECOUPLING("strong decoupling", "强脱钩"),
    WEAK_DECOUPLING("weak decoupling", "弱脱钩"),
    EXPANSIVE_COUPLING("expansive coupling", "扩张连接"),
    EXPANSIVE_NEGATIVE_DECOUPLING("expansive negative decoupling", "扩张负脱钩"),
    STRONG_NEGATIVE_DECOUPLING("strong negative decoupling", "强负脱钩"),
    WEAK_NEGATIVE_DECOUPLING("weak negative decoupling", "弱负脱钩"),
    RECESSIVE_COUPLING("recessive coupling", "衰退连接"),
    RECESSIVE_DECOUPLING("recessive decoupling", "衰退脱钩");

    private final String en;
    private final String zh;

    TapioState(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    public String en() {
        return en;
    }

    public String zh() {
        return zh;
    }

    /** Elasticity of the relative changes; NaN when GDP does not change. */
    public static double elasticity(double emissionChange, double gdpChange) {
        return gdpChange == 0 ? Double.NaN : emissionChange / gdpChange;
    }

    /** The state for the relative GDP change and the elasticity; null when GDP does not change. */
    public static TapioState of(double gdpChange, double e, double lower, double upper) {
        if (gdpChange == 0 || Double.isNaN(e)) {
            return null;
        }
        if (gdpChange > 0) {
            return e < 0 ? STRONG_DECOUPLING : e < lower ? WEAK_DECOUPLING : e <= upper ? EXPANSIVE_COUPLING
                    : EXPANSIVE_NEGATIVE_DECOUPLING;
        }
        return e < 0 ? STRONG_NEGATIVE_DECOUPLING : e < lower ? WEAK_NEGATIVE_DECOUPLING : e <= upper ? RECESSIVE_COUPLING
                : RECESSIVE_DECOUPLING;
    }
}
