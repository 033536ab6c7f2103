package org.landcarbon.model.tests.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Studies;
import org.landcarbon.model.units.Quantity;

class StudiesTest {

    private static final LandCarbonFactory F = LandCarbonFactory.eINSTANCE;

    private static Study study() {
        Study s = F.createStudy();
        s.setName("T");
        s.setStartYear(2005);
        s.setEndYear(2010);
        return s;
    }

    @Test
    void valuesComeBackAsQuantitiesInTheSeriesUnit() {
        Study study = study();
        Series forest = Studies.ensureSeries(study, "area.forest", "10^4 hm2");
        assertEquals(SeriesKind.LAND_AREA, forest.getKind());
        assertEquals("forest", forest.getSubject());
        Studies.setValue(forest, 2009, 790.73, ProvenanceKind.STATED, "seed text");
        Quantity q = Studies.value(study, "area.forest", 2009).orElseThrow();
        assertEquals(7_907_300, q.in("hm2"), 1e-6);
        assertTrue(Studies.value(study, "area.forest", 2008).isEmpty());
        assertTrue(Studies.value(study, "area.garden", 2009).isEmpty());
    }

    @Test
    void setValueKeepsYearsSortedAndReplaces() {
        Study study = study();
        Series s = Studies.ensureSeries(study, "population", "10^4 persons");
        Studies.setValue(s, 2008, 3.0, ProvenanceKind.ENTERED, null);
        Studies.setValue(s, 2005, 1.0, ProvenanceKind.ENTERED, null);
        Studies.setValue(s, 2006, 2.0, ProvenanceKind.ENTERED, null);
        Studies.setValue(s, 2008, 4.0, ProvenanceKind.IMPORTED, "pop.csv:4");
        assertEquals(List.of(2005, 2006, 2008), s.getValues().stream().map(v -> v.getYear()).toList());
        assertEquals(4.0, Studies.yearValue(s, 2008).orElseThrow().getValue());
        assertEquals("pop.csv:4", Studies.yearValue(s, 2008).orElseThrow().getProvenanceDetail());
        assertEquals(Set.of(2005, 2006, 2008), Studies.years(s));
        assertEquals(List.of(2007, 2009, 2010), Studies.missingYears(study, s));
        assertEquals("2007, 2009-2010", Studies.formatYears(Studies.missingYears(study, s)));
        assertTrue(Studies.ensureSeries(study, "population", "10^4 persons") == s);
    }

    @Test
    void studyOverrideWinsOverTheSetEntry() {
        Study study = study();
        CoefficientSet set = F.createCoefficientSet();
        set.setId("seed");
        set.getEntries().add(coefficient("sink.forest", -0.644, "seed Table 2"));
        set.getEntries().add(coefficient("sink.water", -0.218, "seed Table 2"));
        study.getCoefficientSets().add(set);
        study.setCoefficientSetId("seed");
        study.getCoefficientOverrides().add(coefficient("sink.forest", -0.58, "other paper"));
        assertEquals(-0.58, Studies.coefficient(study, "sink.forest").orElseThrow().getValue());
        assertEquals(-0.218, Studies.coefficient(study, "sink.water").orElseThrow().getValue());
        assertTrue(Studies.coefficient(study, "sink.garden").isEmpty());
        assertEquals(-0.58 * 10_000, Studies.quantity(Studies.coefficient(study, "sink.forest").orElseThrow()).in("t C / (10^4 hm2 a)"), 1e-9);
    }

    private static Coefficient coefficient(String key, double value, String source) {
        Coefficient c = F.createCoefficient();
        c.setKey(key);
        c.setValue(value);
        c.setUnit("t C / (hm2 a)");
        c.setSource(source);
        return c;
    }
}
