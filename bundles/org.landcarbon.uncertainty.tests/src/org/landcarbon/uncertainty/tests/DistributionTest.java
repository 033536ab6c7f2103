package org.landcarbon.uncertainty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.study.Uncertainties;
import org.landcarbon.uncertainty.Distribution;

/** Quantiles, means and refusals of the distributions, against closed forms. */
class DistributionTest {

    private static Distribution d(String kind, double sd, double min, double max, double pct, double up, double point) {
        return Distribution.of(kind, sd, min, max, pct, up, point, false);
    }

    @Test
    void interval95pctIsTheIpccHalfWidth() {
        Distribution d = d("interval95pct", 0, 0, 0, 30, 0, -0.644);
        assertEquals(-0.644 * 1.3, d.quantile(0.025), 1e-9);
        assertEquals(-0.644 * 0.7, d.quantile(0.975), 1e-9);
        assertEquals(0.644 * 0.3, d.halfWidth95(), 1e-9);
        assertEquals(-0.644, d.mean(), 1e-12);
    }

    @Test
    void asymmetricIntervalIsASplitNormal() {
        Distribution d = d("interval95pct", 0, 0, 0, 10, 20, 100);
        assertEquals(90, d.quantile(0.025), 1e-6);
        assertEquals(120, d.quantile(0.975), 1e-6);
        assertEquals(100, d.quantile(0.5), 1e-9);
        // split normal mean: mode + sqrt(2/pi) (sd_high - sd_low), sd = 10/1.96 and 20/1.96
        assertEquals(100 + Math.sqrt(2 / Math.PI) * 10 / 1.959963984540054, d.mean(), 1e-9);
    }

    @Test
    void triangularAndUniformQuantiles() {
        Distribution t = d("triangular", 0, 0, 10, 0, 0, 5);
        assertEquals(5, t.quantile(0.5), 1e-9);
        // F(x) = x^2 / 50 on [0, 5]: F^-1(0.02) = 1
        assertEquals(1, t.quantile(0.02), 1e-9);
        Distribution u = d("uniform", 0, 2, 6, 0, 0, 3);
        assertEquals(2.1, u.quantile(0.025), 1e-9);
        assertEquals(4, u.mean(), 1e-12);
    }

    @Test
    void lognormalKeepsTheMeanAndTheSign() {
        Distribution l = d("lognormal", 0.2, 0, 0, 0, 0, -0.644);
        assertEquals(-0.644, l.mean(), 1e-9);
        assertEquals(0.2, l.sd(), 1e-9);
        assertTrue(l.quantile(0.999) < 0 && l.quantile(0.001) < l.quantile(0.999));
    }

    @Test
    void normalMapsTheStandardNormalDraw() {
        Distribution n = d("normal", 0.1, 0, 0, 0, 0, 2);
        assertEquals(2 + 0.1 * 1.959963984540054, n.fromStandardNormal(1.959963984540054), 1e-12);
        assertEquals(n.quantile(0.975), n.fromStandardNormal(1.959963984540054), 1e-9);
    }

    @Test
    void relativeUncertaintyIsAMultiplier() {
        Distribution r = Distribution.of("uniform", 0, -10, 10, 0, 0, 0, true);
        assertEquals(1, r.point());
        assertEquals(0.9 + 0.2 * 0.025, r.quantile(0.025), 1e-12);
    }

    @Test
    void impossibleParametersAreRefusedWithTheReason() {
        assertEquals("the normal distribution needs a positive sd, not -0.1",
                Uncertainties.problem("normal", -0.1, 0, 0, 0, 0, 1, false));
        assertEquals("the uniform distribution needs min < max, not min 3.0 and max 1.0",
                Uncertainties.problem("uniform", 0, 3, 1, 0, 0, 2, false));
        assertEquals("the range -0.6 to -0.5 excludes the point value -0.644",
                Uncertainties.problem("triangular", 0, -0.6, -0.5, 0, 0, -0.644, false));
        assertTrue(Uncertainties.problem("beta", 0, 0, 0, 0, 0, 1, false).startsWith("unknown distribution 'beta'"));
        assertNull(Uncertainties.problem("triangular", 0, -0.8, -0.5, 0, 0, -0.644, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d("interval95pct", 0, 0, 0, 0, 0, 1));
        assertTrue(e.getMessage().contains("positive percent"), e.getMessage());
    }
}
