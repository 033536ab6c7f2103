package org.landcarbon.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.DataTable.IndexKind;
import org.landcarbon.analysis.InputChecks;
import org.landcarbon.analysis.Periods;
import org.landcarbon.analysis.Periods.Period;

class DataTableTest {

    private final DataTable t = DataTable.ofNumericIndex("areas.csv", "year", IndexKind.YEAR, new int[] {2005, 2006, 2008},
            new int[] {3, 4, 5}, List.of(new Column("forest", "10^4 hm2", new double[] {1, 2, 0}, ""),
                    new Column("water", "10^4 hm2", new double[] {4, 5, 6}, "")));

    @Test
    void locatesAValueByFileLineYearAndColumn() {
        assertEquals("areas.csv line 4 (year 2006), column water", t.locate(1, "water"));
    }

    @Test
    void unknownColumnListsTheColumns() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> t.column("grass"));
        assertEquals("areas.csv: no column 'grass'; the columns are: forest, water", e.getMessage());
    }

    @Test
    void checksNameThePlace() {
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> InputChecks.requirePositive(t, t.columns().get(0), "GM(1,1)"));
        assertTrue(e.getMessage().startsWith("areas.csv line 5 (year 2008), column forest: GM(1,1) needs positive values"), e.getMessage());
        AnalysisException steps = assertThrows(AnalysisException.class, () -> InputChecks.requireEqualSteps(t, "GM(1,1)"));
        assertTrue(steps.getMessage().contains("2006 is followed by 2008"), steps.getMessage());
    }

    @Test
    void aMissingValueIsNamedBeforeAnEarlierNonPositiveOne() {
        DataTable gaps = DataTable.yearly("x.csv", new int[] {2001, 2002, 2003}, "v", "", new double[] {-1, 2, Double.NaN});
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> InputChecks.requirePositive(gaps, gaps.columns().get(0), "GM(1,1)"));
        assertEquals(gaps.locate(2, "v") + ": missing or non-numeric value", e.getMessage());
        DataTable infinite = DataTable.yearly("x.csv", new int[] {2001, 2002}, "v", "", new double[] {1, Double.POSITIVE_INFINITY});
        assertThrows(AnalysisException.class, () -> InputChecks.requirePositive(infinite, infinite.columns().get(0), "GM(1,1)"));
    }

    @Test
    void periodsParseAgainstTheYears() throws Exception {
        List<Period> p = Periods.parse("2005-2006, 2006-2008", t, "periods", List.of());
        assertEquals(List.of("2005-2006", "2006-2008"), p.stream().map(Period::label).toList());
        assertEquals(2, p.get(1).years());
        assertEquals("2005-2008", Periods.parse("", t, "periods", Periods.firstToLast(t)).get(0).label());
        AnalysisException e = assertThrows(AnalysisException.class, () -> Periods.parse("2005-2007", t, "periods", List.of()));
        assertTrue(e.getMessage().contains("no year 2007"), e.getMessage());
        assertThrows(AnalysisException.class, () -> Periods.parse("2008-2005", t, "periods", List.of()));
        assertThrows(AnalysisException.class, () -> Periods.parse("2005..2008", t, "periods", List.of()));
    }
}
