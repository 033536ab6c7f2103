package org.landcarbon.analysis.landuse.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.landuse.LandUseIndices;
import org.landcarbon.analysis.landuse.TransferMatrix;

/**
 * The indices against hand calculations. The seed paper's Table 4 (single dynamic degrees) cannot be
 * reproduced: it does not publish the areas. What can be checked is that its 2005-2019 dynamic degree
 * and its growth rate of the same class are the same change seen linearly and compounded.
 */
class LandUseIndicesTest {

    @Test
    void gibbsMartinByHand() {
        assertEquals(0.75, LandUseIndices.gibbsMartin(new double[] {1, 1, 1, 1}), 1e-15, "4 equal classes: 1 - 4/16");
        assertEquals(0.625, LandUseIndices.gibbsMartin(new double[] {2, 1, 1}), 1e-15, "1 - (4+1+1)/16");
        assertEquals(0.0, LandUseIndices.gibbsMartin(new double[] {5, 0, 0}), 0, "one class");
        assertTrue(Double.isNaN(LandUseIndices.gibbsMartin(new double[] {0, 0})), "no area");
    }

    @Test
    void singleDynamicDegreeByHand() {
        // 50 -> 40 over 5 years: -10 / 50 / 5 * 100 = -4 %/a.
        assertEquals(-4.0, LandUseIndices.singleDynamicDegree(50, 40, 5), 1e-12);
        assertTrue(Double.isNaN(LandUseIndices.singleDynamicDegree(0, 4, 5)));
    }

    @Test
    void comprehensiveDynamicDegreeByHand() {
        // (50,30,20) -> (40,35,25) in 5 years: sum |d| = 10 + 5 + 5 = 20; 20 / (2 * 100) / 5 * 100 = 2 %/a.
        assertEquals(2.0, LandUseIndices.comprehensiveDynamicDegree(new double[] {50, 30, 20}, new double[] {40, 35, 25}, 5), 1e-12);
    }

    @Test
    void growthRateIsTheCompoundedFormOfTheDynamicDegreeAsInTheSeedPaper() {
        // Seed paper, 2005-2019 (T = 14): construction K = 2.15 %/a (Table 4) and growth +1.90 %/a (text);
        // unused K = 1.48 %/a and +1.35 %/a. With Ua = 100, K = 2.15 gives Ub = 100 (1 + 0.0215 * 14) = 130.1,
        // and (130.1 / 100)^(1/14) - 1 = 1.899 %; K = 1.48 gives Ub = 120.72 and 1.354 %.
        assertEquals(2.15, LandUseIndices.singleDynamicDegree(100, 130.1, 14), 1e-12);
        assertEquals(1.90, LandUseIndices.averageAnnualGrowthRate(100, 130.1, 14), 0.005);
        assertEquals(1.35, LandUseIndices.averageAnnualGrowthRate(100, 120.72, 14), 0.005);
        // and exactly: 100 -> 121 in 2 years is 10 %/a.
        assertEquals(10.0, LandUseIndices.averageAnnualGrowthRate(100, 121, 2), 1e-12);
    }

    @Test
    void transferMatrixByHand() {
        // from\to  crop forest built
        // crop       80     10    10    (start 100)
        // forest      5     50     0    (start 55)
        // built       0      0    20    (start 20)
        TransferMatrix t = new TransferMatrix(new double[][] {{80, 10, 10}, {5, 50, 0}, {0, 0, 20}});
        assertArrayEquals(new double[] {100, 55, 20}, t.start(), 0);
        assertArrayEquals(new double[] {85, 60, 30}, t.end(), 0);
        assertArrayEquals(new double[] {20, 5, 0}, t.loss(), 0);
        assertArrayEquals(new double[] {5, 10, 10}, t.gain(), 0);
        assertEquals(25, t.changed(), 0);
        assertEquals(80, t.transitionPercent()[0][0], 1e-12);
        assertEquals(100.0 * 5 / 55, t.transitionPercent()[1][0], 1e-12);
        // gross comprehensive dynamic degree over 5 years: 25 / 175 / 5 * 100 = 2.857143 %/a.
        assertEquals(2.857143, t.comprehensiveDynamicDegree(5), 5e-7);
    }
}
