package org.landcarbon.accounting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.CoefficientCsv;
import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.Uncertainty;

/** The optional range columns of a coefficient CSV: read into the entries and the model, refused with row and column. */
class CoefficientCsvRangesTest {

    private static final String HEAD = "# id: t\nkey,value,unit,source,note,distribution,sd,min,max,percent,uncertainty_source\n";
    private static final String RATE = "sink.forest,-0.6,t C / (hm2 a),src,";

    @Test
    void rangesAreReadIntoTheEntriesAndTheStudysSet() throws Exception {
        CoefficientSetData set = CoefficientCsv.parse(HEAD
                + RATE + ",triangular,,-0.8,-0.5,,Table 4\n"
                + "sink.garden,-0.3,t C / (hm2 a),src,,normal,0.05,,,,field survey\n"
                + "sink.grassland,-0.02,t C / (hm2 a),src,,interval95pct,,,,40,IPCC table\n"
                + "sink.water,-0.5,t C / (hm2 a),src,,,,,,,\n", "r.csv");
        Uncertainty forest = set.entries().get(0).uncertainty();
        assertEquals("triangular", forest.getDistribution());
        assertEquals(-0.8, forest.getMin());
        assertEquals(-0.5, forest.getMax());
        assertEquals("Table 4", forest.getSource());
        assertEquals(0.05, set.entries().get(1).uncertainty().getSd());
        assertEquals(40, set.entries().get(2).uncertainty().getPercent());
        assertNull(set.entries().get(3).uncertainty(), "a blank distribution is no range");
        CoefficientSet model = CoefficientCsv.toModel(set);
        Coefficient c = model.getEntries().get(0);
        assertEquals("triangular", c.getUncertainty().getDistribution());
        assertEquals(-0.8, c.getUncertainty().getMin());
        assertNull(model.getEntries().get(3).getUncertainty());
        // the plain five columns still read, without ranges
        assertNull(CoefficientCsv.parse("# id: t\nkey,value,unit,source,note\n" + RATE + "\n", "p.csv").entries().get(0).uncertainty());
    }

    @Test
    void impossibleRangesAreRefusedNamingRowAndColumn() {
        assertEquals("x.csv, row 3, column sd: the normal distribution needs a positive sd, not -0.1 (value -0.6)",
                refused(RATE + ",normal,-0.1,,,,src\n"));
        assertEquals("x.csv, row 3, column min/max: the range -0.5 to -0.4 excludes the point value -0.6 (value -0.6)",
                refused(RATE + ",uniform,,-0.5,-0.4,,src\n"));
        assertEquals("x.csv, row 3, column min/max: the triangular distribution needs min < max, not min -0.5 and max -0.8 (value -0.6)",
                refused(RATE + ",triangular,,-0.5,-0.8,,src\n"));
        assertEquals("x.csv, row 3, column percent: the interval95pct distribution needs a positive percent (the 95 % half-width), not 0.0"
                + " (value -0.6)", refused(RATE + ",interval95pct,,,,0,src\n"));
        assertEquals("x.csv, row 3, column distribution: unknown distribution 'gauss' (use one of normal, lognormal, triangular, uniform,"
                + " interval95pct) (value -0.6)", refused(RATE + ",gauss,0.1,,,,src\n"));
        assertEquals("x.csv, row 3, column sd: 'wide' is not a number", refused(RATE + ",normal,wide,,,,src\n"));
        assertEquals("x.csv, row 3, column sd: '0.1' given without a distribution", refused(RATE + ",,0.1,,,,src\n"));
        assertEquals("x.csv, row 3, column uncertainty_source: the range of sink.forest must cite its source",
                refused(RATE + ",normal,0.1,,,,\n"));
        IOException e = assertThrows(IOException.class,
                () -> CoefficientCsv.parse("# id: t\nkey,value,unit,source,note,spread\n" + RATE + ",1\n", "x.csv"));
        assertEquals(true, e.getMessage().startsWith("x.csv, row 2: header must be key,value,unit,source,note (optionally followed by"),
                e.getMessage());
    }

    private static String refused(String row) {
        return assertThrows(IOException.class, () -> CoefficientCsv.parse(HEAD + row, "x.csv")).getMessage();
    }
}
