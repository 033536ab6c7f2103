package org.landcarbon.analysis.grey.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.grey.GreyRelational;
import org.landcarbon.analysis.grey.GreyRelational.Normalization;

/** Grey relational degrees against cases worked by hand (written out in each test). */
class GreyRelationalTest {

    @Test
    void dengDegreeByHand() {
        // x0 = (1,2,3), x1 = (1,2,4), x2 = (3,2,3), no transform.
        // delta1 = (0,0,1), delta2 = (2,0,0): min 0, max 2; rho = 0.5 -> xi = (0 + 1) / (delta + 1).
        // xi1 = (1, 1, 1/2) -> r1 = 2.5/3 = 0.833333; xi2 = (1/3, 1, 1) -> r2 = 7/9 = 0.777778.
        double[][] xi = GreyRelational.coefficients(new double[] {1, 2, 3},
                new double[][] {{1, 2, 4}, {3, 2, 3}}, 0.5);
        assertArrayEquals(new double[] {1, 1, 0.5}, xi[0], 1e-15);
        assertArrayEquals(new double[] {1.0 / 3, 1, 1}, xi[1], 1e-15);
        double[] r = GreyRelational.degrees(xi, null);
        assertEquals(2.5 / 3, r[0], 1e-15);
        assertEquals(7.0 / 9, r[1], 1e-15);
        // weights (0, 0, 1) keep only the last point: r1 = 0.5, r2 = 1.
        assertArrayEquals(new double[] {0.5, 1}, GreyRelational.degrees(xi, new double[] {0, 0, 1}), 1e-15);
    }

    @Test
    void rhoChangesTheCoefficients() {
        // same case, rho = 1: xi = (0 + 2) / (delta + 2): xi1(3) = 2/3, xi2(1) = 1/2.
        double[][] xi = GreyRelational.coefficients(new double[] {1, 2, 3}, new double[][] {{1, 2, 4}, {3, 2, 3}}, 1.0);
        assertEquals(2.0 / 3, xi[0][2], 1e-15);
        assertEquals(0.5, xi[1][0], 1e-15);
    }

    @Test
    void transforms() {
        assertArrayEquals(new double[] {1, 2, 4}, GreyRelational.normalize(new double[] {2, 4, 8}, Normalization.INITIAL), 1e-15);
        assertArrayEquals(new double[] {0.5, 1, 1.5}, GreyRelational.normalize(new double[] {2, 4, 6}, Normalization.MEAN), 1e-15);
        assertArrayEquals(new double[] {0, 0.5, 1}, GreyRelational.normalize(new double[] {2, 4, 6}, Normalization.MINMAX), 1e-15);
        assertArrayEquals(new double[] {2, 4, 6}, GreyRelational.normalize(new double[] {2, 4, 6}, Normalization.NONE), 0);
        assertNull(GreyRelational.normalize(new double[] {0, 4, 6}, Normalization.INITIAL), "x(1) = 0");
        assertNull(GreyRelational.normalize(new double[] {3, 3, 3}, Normalization.MINMAX), "constant");
        assertNull(GreyRelational.normalize(new double[] {-1, 1, 0}, Normalization.MEAN), "mean 0");
    }

    @Test
    void absoluteRelativeAndSyntheticDegreesByHand() {
        double[] x0 = {1, 2, 3, 4};
        double[] x1 = {2, 3, 5, 6};
        // zero-start images: x0' = (0,1,2,3), x1' = (0,1,3,4).
        // s0 = |1 + 2 + 3/2| = 4.5; s1 = |1 + 3 + 4/2| = 6; s1 - s0 = |0 + 1 + 1/2| = 1.5.
        // eps = (1 + 4.5 + 6) / (1 + 4.5 + 6 + 1.5) = 11.5 / 13.
        assertEquals(11.5 / 13, GreyRelational.absoluteDegree(x0, x1), 1e-15);
        // initial images: x0 = (1,2,3,4), x1 = (1,1.5,2.5,3); zero-start (0,1,2,3), (0,0.5,1.5,2).
        // s0 = 4.5; s1 = 0.5 + 1.5 + 1 = 3; s1 - s0 = |-0.5 - 0.5 - 0.5| = 1.5; r = 8.5 / 10.
        assertEquals(0.85, GreyRelational.relativeDegree(x0, x1), 1e-15);
        assertEquals(0.5 * 11.5 / 13 + 0.5 * 0.85, GreyRelational.syntheticDegree(11.5 / 13, 0.85, 0.5), 1e-15);
        assertEquals(1.0, GreyRelational.absoluteDegree(x0, new double[] {5, 6, 7, 8}), 1e-15, "parallel series: eps = 1");
    }
}
