package org.landcarbon.examples.decoupling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.landcarbon.examples.decoupling.TapioState;

/** Tapio's eight states from the GDP change and the elasticity, including both thresholds. */
class TapioStateTest {

    private static TapioState state(double gdpChange, double e) {
        return TapioState.of(gdpChange, e, 0.8, 1.2);
    }

    @Test
    void growingEconomy() {
        assertEquals(TapioState.STRONG_DECOUPLING, state(5, -0.3));
        assertEquals(TapioState.WEAK_DECOUPLING, state(5, 0.0));
        assertEquals(TapioState.WEAK_DECOUPLING, state(5, 0.79));
        assertEquals(TapioState.EXPANSIVE_COUPLING, state(5, 0.8));
        assertEquals(TapioState.EXPANSIVE_COUPLING, state(5, 1.2));
        assertEquals(TapioState.EXPANSIVE_NEGATIVE_DECOUPLING, state(5, 1.21));
    }

    @Test
    void shrinkingEconomy() {
        assertEquals(TapioState.STRONG_NEGATIVE_DECOUPLING, state(-5, -0.3));
        assertEquals(TapioState.WEAK_NEGATIVE_DECOUPLING, state(-5, 0.5));
        assertEquals(TapioState.RECESSIVE_COUPLING, state(-5, 1.0));
        assertEquals(TapioState.RECESSIVE_DECOUPLING, state(-5, 2.0));
    }

    @Test
    void elasticityIsTheRatioOfRelativeChangesAndUndefinedWithoutGdpChange() {
        // emission +10 %, GDP +20 %: e = 0.5
        assertEquals(0.5, TapioState.elasticity(10, 20), 1e-15);
        assertEquals(Double.NaN, TapioState.elasticity(10, 0));
        assertNull(state(0, Double.NaN));
        assertEquals("强脱钩", TapioState.STRONG_DECOUPLING.zh());
    }
}
