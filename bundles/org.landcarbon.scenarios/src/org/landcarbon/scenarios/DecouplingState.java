package org.landcarbon.scenarios;

/**
 * Tapio's (2005) eight decoupling states, from the signs of the changes of emission and GDP and
 * the elasticity {@code e = (dC / C) / (dG / G)} against the thresholds 0.8 and 1.2.
 */
public enum DecouplingState {
    STRONG_DECOUPLING("strong decoupling"),
    WEAK_DECOUPLING("weak decoupling"),
    EXPANSIVE_COUPLING("expansive coupling"),
    EXPANSIVE_NEGATIVE_DECOUPLING("expansive negative decoupling"),
    RECESSIVE_DECOUPLING("recessive decoupling"),
    RECESSIVE_COUPLING("recessive coupling"),
    WEAK_NEGATIVE_DECOUPLING("weak negative decoupling"),
    STRONG_NEGATIVE_DECOUPLING("strong negative decoupling");

    /** Below this elasticity a growing emission grows slower than GDP. */
    public static final double LOWER = 0.8;
    /** Above this elasticity emission changes faster than GDP. */
    public static final double UPPER = 1.2;

    private final String label;

    DecouplingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The state for relative changes {@code dC/C} and {@code dG/G}; null when GDP did not change
     * (the elasticity is undefined).
     */
    public static DecouplingState classify(double emissionChange, double gdpChange) {
        if (gdpChange == 0) {
            return null;
        }
        double e = emissionChange / gdpChange;
        if (gdpChange > 0) {
            if (emissionChange < 0) {
                return STRONG_DECOUPLING;
            }
            return e < LOWER ? WEAK_DECOUPLING : e <= UPPER ? EXPANSIVE_COUPLING : EXPANSIVE_NEGATIVE_DECOUPLING;
        }
        if (emissionChange > 0) {
            return STRONG_NEGATIVE_DECOUPLING;
        }
        return e > UPPER ? RECESSIVE_DECOUPLING : e >= LOWER ? RECESSIVE_COUPLING : WEAK_NEGATIVE_DECOUPLING;
    }
}
