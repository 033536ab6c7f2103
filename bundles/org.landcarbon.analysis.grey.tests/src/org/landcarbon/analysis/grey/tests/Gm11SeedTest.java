package org.landcarbon.analysis.grey.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.grey.Gm11;
import org.landcarbon.analysis.grey.Gm11Accuracy;
import org.landcarbon.analysis.grey.Gm11Accuracy.Conventions;
import org.landcarbon.analysis.grey.Gm11Accuracy.Deviation;
import org.landcarbon.analysis.grey.Gm11Accuracy.Grade;
import org.landcarbon.analysis.grey.Gm11Accuracy.Points;

/**
 * The seed paper's GM(1,1) on the Guizhou net series (Table 5, column net, 2005-2019), and its published
 * equation (a = -0.047, b = 2752.6) against Table 7. Reproduction facts: METHOD.md section 4.
 */
class Gm11SeedTest {

    private static TestData.YearSeries net;
    private static TestData.YearSeries table7;

    @BeforeAll
    static void load() throws Exception {
        net = TestData.column("table5-emissions-by-land-type.csv", "net");
        table7 = TestData.column("table7-gm11-forecast.csv", "forecast");
    }

    @Test
    void exactFitGivesTheCoefficientsBehindThePublishedCandP() {
        Gm11 m = Gm11.fit(net.values());
        assertEquals(-0.044700, m.a(), 5e-7, "a to the 6 decimals METHOD.md gives");
        assertEquals(2752.62, m.b(), 0.005, "b to 2 decimals");
        Gm11Accuracy acc = Gm11Accuracy.of(net.values(), m.fitted(15), Conventions.DEFAULT);
        assertEquals(0.3235, acc.c(), 5e-5, "published C = 0.3235");
        assertEquals(14.0 / 15.0, acc.p(), 1e-12, "published P = 0.9333: 14 of 15 residuals within 0.6745 S1");
        assertEquals(Grade.QUALIFIED, acc.grade(), "C <= 0.35 but P < 0.95: grade 2");
    }

    @Test
    void fittedValuesStartAtTheFirstValueAndTheUnroundedFitForecasts5440point92For2020() {
        Gm11 m = Gm11.fit(net.values());
        double[] fitted = m.fitted(15);
        assertEquals(15, fitted.length);
        assertEquals(2076.29, fitted[0], 0.0);
        assertEquals(5440.92, m.forecast(15, 1)[0], 0.005, "METHOD.md: the unrounded fit forecasts 5440.92 for 2020");
    }

    @Test
    void publishedEquationAsPrintedReproducesTable7WithinOneTenth() {
        Gm11 printed = Gm11.of(-0.047, 2752.6, net.values()[0]);
        double[] forecast = printed.forecast(15, 11);
        assertArrayEquals(new int[] {2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030}, table7.years());
        for (int i = 0; i < 11; i++) {
            assertEquals(table7.values()[i], forecast[i], 0.1, "Table 7, " + table7.years()[i]);
        }
        assertEquals("x1hat(k+1) = 60642.25 e^(0.047000 k) - 58565.96", printed.timeResponse(), "the equation METHOD.md prints");
    }

    @Test
    void actualExceedsThePrintedEquationIn2007And2011To2014AsThePaperSays() {
        Gm11 printed = Gm11.of(-0.047, 2752.6, net.values()[0]);
        assertEquals(List.of(2007, 2011, 2012, 2013, 2014), above(printed));
    }

    @Test
    void actualExceedsTheUnroundedFitIn2007And2010To2015() {
        assertEquals(List.of(2007, 2010, 2011, 2012, 2013, 2014, 2015), above(Gm11.fit(net.values())));
    }

    @Test
    void conventionsChangeCandPAsWorkedOutByHand() {
        double[] fitted = Gm11.fit(net.values()).fitted(15);
        // k = 2..n: 14 residuals; computed independently (Python, population SD): C = 0.334878, P = 13/14.
        Gm11Accuracy fromSecond = Gm11Accuracy.of(net.values(), fitted, new Conventions(Points.FROM_SECOND, Deviation.POPULATION, Points.FROM_SECOND));
        assertEquals(0.334878, fromSecond.c(), 5e-6);
        assertEquals(13.0 / 14.0, fromSecond.p(), 1e-12);
        // all n with sample SDs: the ratio C is unchanged (both SDs scale by sqrt(n/(n-1))), P too here.
        Gm11Accuracy sample = Gm11Accuracy.of(net.values(), fitted, new Conventions(Points.ALL, Deviation.SAMPLE, Points.FROM_SECOND));
        assertEquals(0.3235276, sample.c(), 5e-7);
        assertEquals(14.0 / 15.0, sample.p(), 1e-12);
        // MAPE over k = 2..n (independent computation: 5.656185 %).
        assertEquals(5.656185, fromSecond.mapePct(), 5e-6);
    }

    private static List<Integer> above(Gm11 model) {
        double[] fitted = model.fitted(15);
        List<Integer> years = new ArrayList<>();
        for (int k = 0; k < 15; k++) {
            if (net.values()[k] > fitted[k]) {
                years.add(net.years()[k]);
            }
        }
        return years;
    }
}
