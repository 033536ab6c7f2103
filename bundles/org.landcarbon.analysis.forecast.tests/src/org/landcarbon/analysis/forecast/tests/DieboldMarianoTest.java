package org.landcarbon.analysis.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.forecast.DieboldMariano;
import org.landcarbon.analysis.forecast.DieboldMariano.Loss;

/** The DM statistic by hand on three errors. */
class DieboldMarianoTest {

    static final double[] E1 = {1, -2, 3};
    static final double[] E2 = {1, 1, 1};

    @Test
    void squaredLossHorizonOne() {
        // d = e1^2 - e2^2 = (0, 3, 8); dbar = 11/3; deviations (-11/3, -2/3, 13/3)
        // gamma0 = (121 + 4 + 169)/9/3 = 294/27; DM = (11/3) / sqrt(294/27/3) = 3.666667 / 1.905159 = 1.924599
        // HLN (n = 3, h = 1): sqrt((3 + 1 - 2)/3) = sqrt(2/3): DM* = (11/3) sqrt(27/98 x 2/3) = (11/3)(3/7) = 11/7
        // t with 2 df: P(|T| > t) = 1 - t / sqrt(t^2 + 2)
        DieboldMariano.Result r = DieboldMariano.test(E1, E2, 1, Loss.SQUARED);
        double dm = (11.0 / 3) / Math.sqrt(294.0 / 27 / 3);
        assertEquals(1.924599, dm, 1e-6);
        assertEquals(11.0 / 7, r.statistic(), 1e-12);
        assertEquals(dm, r.raw(), 1e-12);
        double star = dm * Math.sqrt(2.0 / 3);
        assertEquals(star, r.statistic(), 1e-12);
        assertEquals(1 - star / Math.sqrt(star * star + 2), r.pValue(), 1e-9);
        assertEquals(11.0 / 3, r.meanDifferential(), 1e-12);
    }

    @Test
    void horizonTwoAndAbsoluteLoss() {
        // gamma1 = (1/3)[(-2/3)(-11/3) + (13/3)(-2/3)] = -4/27; V = 294/27 - 8/27 = 286/27
        // HLN (n = 3, h = 2): (3 + 1 - 4 + 2/3)/3 = 2/9
        DieboldMariano.Result r = DieboldMariano.test(E1, E2, 2, Loss.SQUARED);
        double dm = (11.0 / 3) / Math.sqrt(286.0 / 27 / 3);
        assertEquals(dm * Math.sqrt(2.0 / 9), r.statistic(), 1e-12);
        // absolute loss: d = (0, 1, 2), dbar 1, gamma0 = 2/3: DM = 1 / sqrt(2/9) = 2.121320; swapping the models flips the sign
        DieboldMariano.Result a = DieboldMariano.test(E1, E2, 1, Loss.ABSOLUTE);
        assertEquals(1 / Math.sqrt(2.0 / 9), a.raw(), 1e-12);
        assertEquals(-a.statistic(), DieboldMariano.test(E2, E1, 1, Loss.ABSOLUTE).statistic(), 1e-12);
    }

    @Test
    void noVarianceIsNotDefined() {
        assertTrue(Double.isNaN(DieboldMariano.test(new double[] {1, 2}, new double[] {1, 2}, 1, Loss.SQUARED).statistic()));
    }
}
