package org.landcarbon.analysis.grey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.grey.internal.Decimals;

/** Decimals must print exactly what String.format printed before (result texts and tests compare the text). */
class DecimalsTest {

    @Test
    void edgeCasesAsTheFormatter() {
        double[] cases = {0, -0.0, 1.005, 2.675, -0.001, 0.125, 999999.5, 60642.2549, -58565.955, 1e-5, 0.0001, 123456.75,
                Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e300, 0.5, 0.6, 9.995, 99.9999995, 0.00995, 0.000099999995,
                999999.4, 1e7, 1.5e-7, Double.MAX_VALUE};
        for (double v : cases) {
            same(v);
        }
        assertEquals("1.01", Decimals.fixed(1.005, 2), "half up on the shortest decimal, as Formatter");
        assertEquals("-0.00", Decimals.fixed(-0.001, 2));
        assertEquals("10.00", Decimals.fixed(9.995, 2), "a carry through every digit");
        assertEquals("1", Decimals.fixed(0.6, 0), "nothing kept, rounded up");
    }

    @Test
    void randomValuesAsTheFormatter() {
        SplittableRandom r = new SplittableRandom(20261203L);
        for (int i = 0; i < 40_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-8, 10));
            same(v);
            same(Math.round(v * 1000) / 1000.0 + 0.0005); // ties at the 3rd and 4th decimal
        }
    }

    private static void same(double v) {
        assertEquals(String.format(Locale.ROOT, "%.0f", v), Decimals.fixed(v, 0), "%.0f of " + v);
        assertEquals(String.format(Locale.ROOT, "%.2f", v), Decimals.fixed(v, 2), "%.2f of " + v);
        assertEquals(String.format(Locale.ROOT, "%.4f", v), Decimals.fixed(v, 4), "%.4f of " + v);
        assertEquals(String.format(Locale.ROOT, "%.6f", v), Decimals.fixed(v, 6), "%.6f of " + v);
        assertEquals(String.format(Locale.ROOT, "%.6g", v), Decimals.general6(v), "%.6g of " + v);
    }
}
