package org.landcarbon.examples.decoupling.tests;

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
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.TextMap;
import org.landcarbon.examples.decoupling.TapioDecouplingAnalysis;

/** The analysis on a hand-made table (synthetic numbers chosen for mental arithmetic). */
class TapioDecouplingAnalysisTest {

    // net: 100 -> 110 (+10 %) -> 99 (-10 %) -> 99 (0 %); GDP (two sectors): 100 -> 120 (+20 %) -> 132 (+10 %) -> 118.8 (-10 %)
    static final DataTable TABLE = DataTable.ofNumericIndex("hand", "year", IndexKind.YEAR, new int[] {2000, 2001, 2002, 2003}, null,
            List.of(new Column("net", "10^4 t C", new double[] {100, 110, 99, 99}, ""),
                    new Column("gdp.secondary", "10^8 yuan", new double[] {60, 70, 80, 70}, ""),
                    new Column("gdp.tertiary", "10^8 yuan", new double[] {40, 50, 52, 48.8}, "")));

    private static AnalysisResult run(Map<String, String> settings) throws Exception {
        return AnalysisRunner.run(new TapioDecouplingAnalysis(), TABLE, settings);
    }

    @Test
    void consecutiveYearsByHand() throws Exception {
        AnalysisResult r = run(Map.of("gdp", "gdp.secondary+gdp.tertiary"));
        KeyedValues e = r.get("elasticity", KeyedValues.class);
        assertEquals(List.of("2000-2001", "2001-2002", "2002-2003"), e.keys());
        assertEquals(0.5, e.get("2000-2001"), 1e-12, "+10 % / +20 %");
        assertEquals(-1.0, e.get("2001-2002"), 1e-12, "-10 % / +10 %");
        assertEquals(0.0, e.get("2002-2003"), 1e-12, "0 % / -10 %");
        Map<String, String> state = r.get("state", TextMap.class).values();
        assertEquals("weak decoupling", state.get("2000-2001"));
        assertEquals("strong decoupling", state.get("2001-2002"));
        assertEquals("weak negative decoupling", state.get("2002-2003"));
        assertEquals("弱脱钩", r.get("state_zh", TextMap.class).values().get("2000-2001"));
        assertEquals(20.0, r.get("gdp_change_pct", KeyedValues.class).get("2000-2001"), 1e-12);
    }

    @Test
    void chosenPeriodAndThresholds() throws Exception {
        // 2000-2002: net -1 %, GDP +32 %: e = -1/32 -> strong decoupling
        AnalysisResult r = run(Map.of("gdp", "gdp.secondary+gdp.tertiary", "periods", "2000-2002"));
        assertEquals(-1.0 / 32, r.get("elasticity", KeyedValues.class).get("2000-2002"), 1e-12);
        // with lower 0.4 the 2000-2001 elasticity 0.5 becomes expansive coupling
        AnalysisResult t = run(Map.of("gdp", "gdp.secondary+gdp.tertiary", "lower", "0.4"));
        assertEquals("expansive coupling", t.get("state", TextMap.class).values().get("2000-2001"));
    }

    @Test
    void badInputIsNamed() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> run(Map.of("gdp", "gdp")));
        assertTrue(e.getMessage().contains("no column 'gdp'"), e.getMessage());
        AnalysisException t = assertThrows(AnalysisException.class,
                () -> run(Map.of("gdp", "gdp.tertiary", "lower", "1.5", "upper", "1.2")));
        assertTrue(t.getMessage().contains("--lower"), t.getMessage());
    }
}
