package org.landcarbon.analysis.decomposition.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.DataTable.IndexKind;
import org.landcarbon.analysis.decomposition.Lmdi;
import org.landcarbon.analysis.decomposition.internal.LmdiAnalysis;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Table;

/** LMDI-I against hand calculations and its exact identities (synthetic numbers). */
class LmdiTest {

    @Test
    void logMeanByHand() {
        assertEquals(6 / Math.log(2), Lmdi.logMean(12, 6), 1e-12, "L(12, 6) = 6 / ln 2");
        assertEquals(5, Lmdi.logMean(5, 5), 0);
        assertEquals(0, Lmdi.logMean(5, 0), 0);
        // close arguments: the series branch agrees with the formula
        assertEquals((1.0000001 - 1) / Math.log(1.0000001), Lmdi.logMean(1.0000001, 1), 1e-12);
    }

    @Test
    void twoFactorsByHand() {
        // V = x1 x2: (2, 3) -> (3, 4), V 6 -> 12; L(12, 6) = 6/ln 2 = 8.656170
        // dV1 = 8.656170 ln 1.5 = 3.509775, dV2 = 8.656170 ln(4/3) = 2.490225; sum = 6
        double[] e = Lmdi.additive(new double[][] {{2, 3}}, new double[][] {{3, 4}});
        assertEquals(6 / Math.log(2) * Math.log(1.5), e[0], 1e-12);
        assertEquals(3.509775, e[0], 1e-6);
        assertEquals(2.490225, e[1], 1e-6);
        assertEquals(6, e[0] + e[1], 1e-12);
        // one subcategory: the multiplicative effects are the factor ratios themselves, product 2 = 12/6
        double[] d = Lmdi.multiplicative(e, 6, 12);
        assertEquals(1.5, d[0], 1e-12);
        assertEquals(4.0 / 3, d[1], 1e-12);
    }

    @Test
    void zeroValuesPerAngAndLiu() {
        // subcategory 2 appears: (0, 5) -> (2, 5), its change 10 goes wholly to factor 1;
        // subcategory 1 (1, 1) -> (1, 2) adds L(2,1) ln 2 = 1 to factor 2
        double[] e = Lmdi.additive(new double[][] {{1, 1}, {0, 5}}, new double[][] {{1, 2}, {2, 5}});
        assertEquals(10, e[0], 1e-12);
        assertEquals(1, e[1], 1e-12);
        // it disappears again: -10 to factor 1; a subcategory zero at both ends adds nothing
        double[] back = Lmdi.additive(new double[][] {{2, 5}, {0, 0}}, new double[][] {{0, 5}, {0, 3}});
        assertEquals(-10, back[0], 1e-12);
        assertEquals(0, back[1], 1e-12);
    }

    // C_i = intensity x structure x scale for two land classes over three years (synthetic)
    static final DataTable CHAIN = DataTable.ofNumericIndex("synthetic", "year", IndexKind.YEAR, new int[] {2000, 2001, 2002}, null,
            List.of(new Column("c_crop", "t C", new double[] {120, 150, 90}, ""),
                    new Column("c_built", "t C", new double[] {300, 420, 610}, ""),
                    new Column("a_crop", "hm2", new double[] {60, 58, 45}, ""),
                    new Column("a_built", "hm2", new double[] {10, 13, 17}, ""),
                    new Column("area", "hm2", new double[] {100, 100, 100}, ""),
                    new Column("gdp", "10^8 yuan", new double[] {50, 57, 66}, "")));

    @Test
    void effectsAddUpToTheChangeInEveryPeriod() throws Exception {
        AnalysisResult r = AnalysisRunner.run(new LmdiAnalysis(), CHAIN,
                Map.of("emission", "c_crop,c_built", "quantity", "a_crop,a_built", "drivers", "area,gdp"));
        Table add = r.get("additive", Table.class);
        assertEquals(List.of("2000-2001", "2001-2002", "2000-2002"), add.rows());
        assertEquals(List.of("C_i/L_i", "L_i/area", "area/gdp", "gdp", "sum of effects", "total change"), add.columns());
        double[] change = {570 - 420, 700 - 570, 700 - 420};
        Table mul = r.get("multiplicative", Table.class);
        for (int p = 0; p < 3; p++) {
            String period = add.rows().get(p);
            double sum = 0;
            double prod = 1;
            for (int k = 0; k < 4; k++) {
                sum += add.values()[p][k];
                prod *= mul.values()[p][k];
            }
            assertEquals(change[p], add.get(period, "total change"), 1e-9);
            assertEquals(change[p], sum, 1e-9, period + ": additive effects add up to the change");
            assertEquals(sum, add.get(period, "sum of effects"), 1e-12);
            double ratio = (p == 0 ? 570.0 / 420 : p == 1 ? 700.0 / 570 : 700.0 / 420);
            assertEquals(ratio, prod, 1e-12, period + ": multiplicative effects multiply to the ratio");
        }
    }

    @Test
    void onlyTheScaleChanges() throws Exception {
        // everything doubles with the driver: the intensity and structure effects are 0, scale takes all
        DataTable t = DataTable.ofNumericIndex("synthetic", "year", IndexKind.YEAR, new int[] {2000, 2001}, null,
                List.of(new Column("c1", "t", new double[] {4, 8}, ""), new Column("c2", "t", new double[] {6, 12}, ""),
                        new Column("l1", "hm2", new double[] {2, 4}, ""), new Column("l2", "hm2", new double[] {3, 6}, ""),
                        new Column("a", "hm2", new double[] {5, 10}, "")));
        Table add = AnalysisRunner.run(new LmdiAnalysis(), t, Map.of("emission", "c1,c2", "quantity", "l1,l2", "drivers", "a",
                "names", "intensity,structure,scale")).get("additive", Table.class);
        assertEquals(0, add.get("2000-2001", "intensity"), 1e-12);
        assertEquals(0, add.get("2000-2001", "structure"), 1e-12);
        assertEquals(10, add.get("2000-2001", "scale"), 1e-12);
    }

    @Test
    void factorSeriesThemselves() throws Exception {
        // structure x intensity x economy x population; single subcategory: D_k = the factor's ratio
        DataTable t = DataTable.ofNumericIndex("synthetic", "year", IndexKind.YEAR, new int[] {2010, 2015}, null,
                List.of(new Column("structure", "", new double[] {0.5, 0.4}, ""), new Column("intensity", "", new double[] {2, 1.8}, ""),
                        new Column("economy", "", new double[] {3, 4}, ""), new Column("population", "", new double[] {10, 11}, "")));
        AnalysisResult r = AnalysisRunner.run(new LmdiAnalysis(), t, Map.of("factors", "structure,intensity,economy,population"));
        Table mul = r.get("multiplicative", Table.class);
        assertEquals(0.8, mul.get("2010-2015", "structure"), 1e-12);
        assertEquals(0.9, mul.get("2010-2015", "intensity"), 1e-12);
        assertEquals(4.0 / 3, mul.get("2010-2015", "economy"), 1e-12);
        assertEquals(1.1, mul.get("2010-2015", "population"), 1e-12);
        Table add = r.get("additive", Table.class);
        // V 30 -> 31.68; structure effect L(31.68, 30) ln 0.8
        assertEquals(Lmdi.logMean(31.68, 30) * Math.log(0.8), add.get("2010-2015", "structure"), 1e-12);
        assertEquals(1.68, add.get("2010-2015", "sum of effects"), 1e-12);
    }

    @Test
    void badInputNamesThePlace() {
        DataTable t = DataTable.ofNumericIndex("em.csv", "year", IndexKind.YEAR, new int[] {2000, 2001}, new int[] {2, 3},
                List.of(new Column("c", "t", new double[] {4, -8}, ""), new Column("a", "hm2", new double[] {0, 10}, "")));
        AnalysisException neg = assertThrows(AnalysisException.class, () -> AnalysisRunner.run(new LmdiAnalysis(), t,
                Map.of("emission", "c", "drivers", "a")));
        assertTrue(neg.getMessage().startsWith("em.csv line 3 (year 2001), column c:"), neg.getMessage());
        DataTable z = DataTable.ofNumericIndex("em.csv", "year", IndexKind.YEAR, new int[] {2000, 2001}, new int[] {2, 3},
                List.of(new Column("c", "t", new double[] {4, 8}, ""), new Column("a", "hm2", new double[] {0, 10}, "")));
        AnalysisException zero = assertThrows(AnalysisException.class, () -> AnalysisRunner.run(new LmdiAnalysis(), z,
                Map.of("emission", "c", "drivers", "a")));
        assertTrue(zero.getMessage().startsWith("em.csv line 2 (year 2000), column a: LMDI divides c by a, which is 0"), zero.getMessage());
        assertThrows(AnalysisException.class, () -> AnalysisRunner.run(new LmdiAnalysis(), z, Map.of("emission", "c")));
    }
}
