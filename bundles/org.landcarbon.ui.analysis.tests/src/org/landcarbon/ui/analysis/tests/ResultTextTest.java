package org.landcarbon.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.ui.analysis.internal.ResultText;

/** How numbers are shown and what "copy as tab-separated text" puts on the clipboard. */
public class ResultTextTest {

    @Test
    void sixSignificantDigitsAndADashForNotDefined() {
        assertEquals("2752.6", ResultText.number(2752.6));
        assertEquals("-0.0470123", ResultText.number(-0.04701234567));
        assertEquals("123457", ResultText.number(123456.7));
        assertEquals("0", ResultText.number(-0.0));
        assertEquals("-", ResultText.number(Double.NaN));
        assertEquals("1.23457e+10", ResultText.number(1.234567e10));
    }

    @Test
    void tabSeparatedBlocksPerItem() {
        AnalysisResult r = AnalysisResult.builder("x.test").input("t.csv")
                .add(new Scalar("a", "development coefficient a", -0.047, "1", "fit"))
                .add(new Series("fitted", "fitted", "year", new int[] { 2005, 2006 }, new double[] { 1.5, Double.NaN }, "10^4 t C",
                        Series.Form.VALUES, "model"))
                .add(new KeyedValues("degree", "degree", "column", List.of("forest"), new double[] { 0.75 }, "", "gra"))
                .note("a note").build();
        String tsv = ResultText.tsv("T", r);
        assertTrue(tsv.contains("development coefficient a\t-0.047\t1\n"), tsv);
        assertTrue(tsv.contains("year\tfitted [10^4 t C]\n2005\t1.5\n2006\t-\n"), tsv);
        assertTrue(tsv.contains("column\tdegree\nforest\t0.75\n"), tsv);
        assertTrue(tsv.contains("note\ta note\n"), tsv);
    }
}
