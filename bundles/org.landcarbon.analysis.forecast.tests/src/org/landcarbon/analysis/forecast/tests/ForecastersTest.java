package org.landcarbon.analysis.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.forecast.Arima;
import org.landcarbon.analysis.forecast.Forecasters;

/** Each forecaster where the right answer is known by hand. */
class ForecastersTest {

    static final double[] LINE = {3, 5, 7, 9, 11, 13};

    @Test
    void straightLineIsContinuedByTheLinearMethods() {
        double[] next = {15, 17, 19};
        assertArrayEquals(next, Forecasters.linearTrend().forecast(LINE, 3), 1e-9);
        // Holt starts at l = 3, b = 2: every one-step error is 0, so any alpha, beta continues the line
        assertArrayEquals(next, Forecasters.holt().forecast(LINE, 3), 1e-9);
        // d = 1: the differences are all 2, the drift is 2
        assertArrayEquals(next, Forecasters.arima(1).forecast(LINE, 3), 1e-6);
    }

    @Test
    void geometricSeriesIsExactForDgm() {
        double[] g = new double[7];
        for (int i = 0; i < g.length; i++) {
            g[i] = 100 * Math.pow(1.1, i);
        }
        assertArrayEquals(new double[] {100 * Math.pow(1.1, 7), 100 * Math.pow(1.1, 8)}, Forecasters.dgm11().forecast(g, 2), 1e-6);
    }

    @Test
    void sesOnAConstantAndItsLevel() {
        assertArrayEquals(new double[] {4, 4}, Forecasters.ses().forecast(new double[] {4, 4, 4, 4, 4}, 2), 1e-12);
    }

    @Test
    void cssOfAr1IsTheConditionalRegression() {
        // AR(1) with mean, conditioning on the first value: CSS = regression of w_t on w_{t-1}
        // pairs (1,3) (3,2) (2,4) (4,3) (3,5): xbar 2.6, ybar 3.4, Sxy = -0.2, Sxx = 5.2
        // phi = -0.2/5.2 = -1/26; intercept 3.4 + 2.6/26 = 3.5; mu = 3.5 / (1 + 1/26) = 91/27
        Arima a = Arima.fit(new double[] {1, 3, 2, 4, 3, 5}, 1, 0, 0, 1);
        assertEquals(-1.0 / 26, a.phi()[0], 1e-6);
        assertEquals(91.0 / 27, a.mu(), 1e-6);
        // SSE of that regression: Syy - Sxy^2/Sxx with Syy = 5.2 (y deviations -0.4,-1.4,0.6,-0.4,1.6)
        assertEquals(5.2 - 0.04 / 5.2, a.sse(), 1e-9);
        assertEquals(5, a.m());
    }
}
