package org.landcarbon.analysis.grey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.grey.ClassRatioTest;
import org.landcarbon.analysis.grey.Dgm11;
import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.analysis.grey.Gm11Accuracy.Grade;
import org.landcarbon.analysis.grey.GreyVerhulst;

/** GM(1,1), DGM(1,1) and the class-ratio test against textbook and hand-worked cases. */
class GreyModelsTest {

    @Test
    void gm11TextbookExample() {
        // The classic textbook series x0 = (2.874, 3.278, 3.337, 3.390, 3.679) (Liu Sifeng et al., Grey Systems:
        // Theory and Applications). Worked independently (least squares written out in Python):
        // a = -0.037204, b = 3.065363, so x1hat(k+1) = 85.2665 e^(0.037204 k) - 82.3925.
        Gm11 m = Gm11.fit(new double[] {2.874, 3.278, 3.337, 3.390, 3.679});
        assertEquals(-0.037204, m.a(), 5e-7);
        assertEquals(3.065363, m.b(), 5e-7);
        assertEquals(85.2665, m.x0first() - m.b() / m.a(), 5e-5);
        assertEquals(-82.3925, m.b() / m.a(), 5e-5);
    }

    @Test
    void gm11OnAConstantSeriesIsTheLimitAtoZero() {
        // x0 = (5, 5, 5, 5): z1 = 7.5, 12.5, 17.5; x0(k) + a z1(k) = b is solved by a = 0, b = 5.
        Gm11 m = Gm11.fit(new double[] {5, 5, 5, 5});
        assertEquals(0.0, m.a(), 1e-12);
        assertEquals(5.0, m.b(), 1e-9);
        assertEquals(5.0, m.forecast(4, 1)[0], 1e-9);
    }

    @Test
    void dgm11ReproducesAGeometricSeriesExactly() {
        // x0(k) = 3 * 1.1^(k-1): x1(k+1) = 1.1 x1(k) + 3 exactly, so beta1 = 1.1, beta2 = 3.
        double[] x = new double[6];
        for (int k = 0; k < 6; k++) {
            x[k] = 3 * Math.pow(1.1, k);
        }
        Dgm11 m = Dgm11.fit(x);
        assertEquals(1.1, m.beta1(), 1e-12);
        assertEquals(3.0, m.beta2(), 1e-10);
        double[] fitted = m.fitted(6);
        for (int k = 0; k < 6; k++) {
            assertEquals(x[k], fitted[k], 1e-9);
        }
        assertEquals(3 * Math.pow(1.1, 6), m.forecast(6, 1)[0], 1e-9);
        assertEquals(3 * Math.pow(1.1, 7), m.forecast(6, 2)[1], 1e-9);
    }

    @Test
    void greyVerhulstOnASaturatingSeries() {
        // x1 = logistic 10 / (1 + 9 e^(-0.5 k)), k = 0..7, rounded to 3 decimals (synthetic).
        // Worked independently (numpy least squares of x0(k) = -a z1(k) + b z1(k)^2):
        // a = -0.4961867, b = -0.0496018, a/b = 10.00340; x1hat(4) = 3.299226; x1hat(9) = 8.549830.
        double[] x1 = {1.0, 1.548, 2.32, 3.324, 4.509, 5.751, 6.906, 7.863};
        GreyVerhulst m = GreyVerhulst.fit(x1);
        assertEquals(-0.4961867, m.a(), 5e-8);
        assertEquals(-0.0496018, m.b(), 5e-8);
        assertEquals(10.00340, m.saturation(), 5e-6);
        assertEquals(1.0, m.fitted(8)[0], 1e-15);
        assertEquals(3.299226, m.fitted(8)[3], 5e-7);
        assertEquals(8.549830, m.forecast(8, 1)[0], 5e-7);
    }

    @Test
    void classRatioTestByHand() {
        // n = 4: interval (e^-0.4, e^0.4) = (0.670320, 1.491825); ratios 1/2, 2/3, 3/4: the first two fall below.
        ClassRatioTest t = ClassRatioTest.of(new double[] {1, 2, 3, 4});
        assertEquals(0.670320, t.lower(), 5e-7);
        assertEquals(1.491825, t.upper(), 5e-7);
        assertEquals(0.5, t.ratios()[0], 0.0);
        assertEquals(2.0 / 3.0, t.ratios()[1], 1e-15);
        assertFalse(t.passed());
        assertEquals(List.of(1, 2), t.outside());
        assertTrue(ClassRatioTest.of(new double[] {10, 11, 12, 13}).passed());
    }

    @Test
    void gradesFollowTheThresholds() {
        assertEquals(Grade.GOOD, Grade.of(0.35, 0.95));
        assertEquals(Grade.QUALIFIED, Grade.of(0.3235, 0.9333));
        assertEquals(Grade.BARELY, Grade.of(0.6, 0.75));
        assertEquals(Grade.UNQUALIFIED, Grade.of(0.66, 0.99));
        assertEquals(Grade.UNQUALIFIED, Grade.of(0.1, 0.69));
    }

    @Test
    void applicableRangeOfA() {
        assertTrue(ClassRatioTest.applicability(-0.0447).startsWith("|a| <= 0.3"));
        assertTrue(ClassRatioTest.applicability(-0.4).startsWith("0.3 < |a| <= 0.5"));
        assertTrue(ClassRatioTest.applicability(1.5).startsWith("|a| > 1"));
    }
}
