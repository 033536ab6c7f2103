package org.landcarbon.uncertainty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.uncertainty.internal.RangeLibrary;

/** Every entry of every shipped coefficient set has a range row with its source, or says the source gives none. */
class RangesTest {

    @Test
    void everyShippedEntryIsAccountedFor() throws Exception {
        Map<String, RangeLibrary.RangeSet> ranges = RangeLibrary.bundled();
        for (CoefficientSetData set : Services.accounting().coefficientSets()) {
            RangeLibrary.RangeSet r = ranges.get(set.id());
            assertTrue(r != null, "no ranges file for shipped set " + set.id());
            for (var e : set.entries()) {
                RangeLibrary.Range range = r.ranges().get(e.key());
                assertTrue(range != null, set.id() + ": no range row for " + e.key());
                assertFalse(range.source().isBlank());
                if (!range.given()) {
                    assertTrue(range.source().startsWith("no range given by the source")
                            || range.source().startsWith("range not transcribed"), range.source());
                }
            }
            assertEquals(set.entries().size(), r.ranges().size(), set.id() + ": rows for keys the set does not have");
        }
    }

    @Test
    void badRowsNameFileRowAndColumn() {
        String head = "# set: x\nkey,distribution,sd,min,max,percent,percent_upper,source\n";
        IOException e = assertThrows(IOException.class, () -> RangeLibrary.parse(head + "a,normal,abc,,,,,src\n", "r.csv"));
        assertEquals("r.csv, row 3, column sd: 'abc' is not a number", e.getMessage());
        e = assertThrows(IOException.class, () -> RangeLibrary.parse(head + "a,gamma,1,,,,,src\n", "r.csv"));
        assertTrue(e.getMessage().startsWith("r.csv, row 3, column distribution: 'gamma'"), e.getMessage());
        e = assertThrows(IOException.class, () -> RangeLibrary.parse(head + "a,normal,1,,,,,\n", "r.csv"));
        assertTrue(e.getMessage().startsWith("r.csv, row 3, column source"), e.getMessage());
    }
}
