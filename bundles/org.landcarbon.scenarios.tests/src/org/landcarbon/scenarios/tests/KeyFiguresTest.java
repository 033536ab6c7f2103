package org.landcarbon.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.landcarbon.scenarios.ComparisonSettings;
import org.landcarbon.scenarios.DecouplingPeriod;
import org.landcarbon.scenarios.DecouplingState;
import org.landcarbon.scenarios.KeyFigures;
import org.landcarbon.scenarios.Peak;
import org.landcarbon.scenarios.ScenarioComparer;
import org.landcarbon.scenarios.YearSeries;

class KeyFiguresTest {

    @Test
    void peakIsTheEarliestMaximumBeforeTheLastYear() {
        // 2018..2024: rises to 7 in 2021, falls after
        Peak p = Peak.of(YearSeries.consecutive(2018, 4, 5, 6.5, 7, 6, 6, 5));
        assertTrue(p.reached());
        assertEquals(2021, p.year());
        assertEquals(7, p.value(), 0);
        // a plateau: the first year of the maximum is the peak
        Peak plateau = Peak.of(YearSeries.consecutive(2028, 8, 9, 9, 9));
        assertTrue(plateau.reached());
        assertEquals(2029, plateau.year());
    }

    @Test
    void noPeakWhenTheMaximumIsAtTheHorizon() {
        Peak p = Peak.of(YearSeries.consecutive(2019, 5057.62, 5100, 5090, 5200));
        assertFalse(p.reached());
        assertEquals(2022, p.year());
        assertEquals("no peak before the horizon 2022 (5200)", p.describe());
    }

    @Test
    void cumulativeSumsEveryYearOfThePeriodInclusive() {
        YearSeries s = YearSeries.consecutive(2019, 10, 11, 12.5, 13, 14);
        // 2020-2022: 11 + 12.5 + 13 = 36.5
        assertEquals(36.5, KeyFigures.cumulative(s, 2020, 2022), 1e-12);
        assertEquals(10, KeyFigures.cumulative(s, 2019, 2019), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyFigures.cumulative(s, 2021, 2024));
        assertEquals("no value for 2024 in the period 2021-2024", e.getMessage());
    }

    @Test
    void belowYearIsALastingCrossing() {
        // dips below 0 in 2021, rises again in 2022, below from 2023 on
        YearSeries s = YearSeries.consecutive(2020, 3, -1, 2, -0.5, -2);
        assertEquals(OptionalInt.of(2023), KeyFigures.firstYearStayingBelow(s, 0));
        assertEquals(OptionalInt.empty(), KeyFigures.firstYearStayingBelow(YearSeries.consecutive(2020, 3, 2, 1), 0));
        // threshold 2.5: every value from 2021 on (-1, 2, -0.5, -2) is below it
        assertEquals(OptionalInt.of(2021), KeyFigures.firstYearStayingBelow(s, 2.5));
    }

    @Test
    void tapioStatesFromSignsAndElasticity() {
        // GDP +10 %: emission -1 % strong; +5 % (e 0.5) weak; +10 % (e 1) expansive coupling; +15 % (e 1.5) expansive negative
        assertEquals(DecouplingState.STRONG_DECOUPLING, DecouplingState.classify(-0.01, 0.10));
        assertEquals(DecouplingState.WEAK_DECOUPLING, DecouplingState.classify(0.05, 0.10));
        assertEquals(DecouplingState.EXPANSIVE_COUPLING, DecouplingState.classify(0.10, 0.10));
        assertEquals(DecouplingState.EXPANSIVE_NEGATIVE_DECOUPLING, DecouplingState.classify(0.15, 0.10));
        // GDP -10 %: emission +1 % strong negative; -15 % (e 1.5) recessive decoupling; -10 % (e 1) recessive coupling;
        // -5 % (e 0.5) weak negative decoupling
        assertEquals(DecouplingState.STRONG_NEGATIVE_DECOUPLING, DecouplingState.classify(0.01, -0.10));
        assertEquals(DecouplingState.RECESSIVE_DECOUPLING, DecouplingState.classify(-0.15, -0.10));
        assertEquals(DecouplingState.RECESSIVE_COUPLING, DecouplingState.classify(-0.10, -0.10));
        assertEquals(DecouplingState.WEAK_NEGATIVE_DECOUPLING, DecouplingState.classify(-0.05, -0.10));
        // the thresholds themselves belong to coupling: e = 0.4 / 0.5 = 0.8 and 0.6 / 0.5 = 1.2 (exact in binary)
        assertEquals(DecouplingState.EXPANSIVE_COUPLING, DecouplingState.classify(0.4, 0.5));
        assertEquals(DecouplingState.EXPANSIVE_COUPLING, DecouplingState.classify(0.6, 0.5));
        assertEquals(DecouplingState.RECESSIVE_COUPLING, DecouplingState.classify(-0.4, -0.5));
        assertNull(DecouplingState.classify(0.1, 0));
    }

    @Test
    void decouplingPerPeriodEndingOnMultiplesOfFive() {
        // net 2018..2025 and GDP: periods 2018-2020, 2020-2025
        YearSeries net = YearSeries.consecutive(2018, 100, 104, 106, 107, 108, 108, 107, 105);
        YearSeries gdp = YearSeries.consecutive(2018, 1000, 1060, 1120, 1180, 1240, 1300, 1360, 1420);
        List<DecouplingPeriod> periods = ScenarioComparer.decoupling(net, gdp, 5);
        assertEquals(2, periods.size());
        DecouplingPeriod a = periods.get(0);
        // 2018-2020: dC/C = 6/100 = 0.06, dG/G = 120/1000 = 0.12, e = 0.5: weak decoupling
        assertEquals(2018, a.from());
        assertEquals(2020, a.to());
        assertEquals(0.5, a.elasticity(), 1e-12);
        assertEquals(DecouplingState.WEAK_DECOUPLING, a.state());
        // 2020-2025: dC/C = -1/106 < 0 with GDP growing: strong decoupling
        assertEquals(DecouplingState.STRONG_DECOUPLING, periods.get(1).state());
        assertEquals(-1.0 / 106 / (300.0 / 1120), periods.get(1).elasticity(), 1e-12);
    }

    @Test
    void decouplingIsUndefinedFromANonPositiveNetEmission() {
        DecouplingPeriod p = DecouplingPeriod.of(2050, 2055, -10, -20, 100, 110);
        assertNull(p.state());
        assertTrue(p.label().startsWith("undefined (net emission in 2050 is not positive"), p.label());
    }

    @Test
    void keyFiguresTogether() {
        YearSeries net = YearSeries.consecutive(2019, 50, 52, 53, 51, 49, 45, 40, 30, 20, 10, -1, -3);
        KeyFigures k = ScenarioComparer.figures(net, YearSeries.empty(), ComparisonSettings.defaults());
        assertEquals(2021, k.peak().year());
        // 2020-2030: 52 + 53 + 51 + 49 + 45 + 40 + 30 + 20 + 10 - 1 - 3 = 346
        assertEquals(346, k.cumulative(), 1e-12);
        assertEquals(OptionalInt.of(2029), k.belowYear());
        assertTrue(k.decoupling().isEmpty());
    }
}
