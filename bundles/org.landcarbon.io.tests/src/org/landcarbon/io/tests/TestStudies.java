package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.landcarbon.io.StudyTemplates;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;

/** Studies and files the tests share. */
final class TestStudies {

    private TestStudies() {
    }

    /** A file of this fragment's testdata/ folder (tycho-surefire runs in the fragment's folder). */
    static Path testdata(String name) {
        Path p = Path.of("testdata").resolve(name);
        assertTrue(Files.exists(p), "test data " + p.toAbsolutePath() + " exists");
        return p;
    }

    /** Seed land classes, 2005-2019, an empty area.forest series in 10^4 hm2. */
    static Study seedStudy() {
        Study s = LandCarbonFactory.eINSTANCE.createStudy();
        s.setName("Corpus");
        s.setStartYear(2005);
        s.setEndYear(2019);
        s.setLandClassSystem(StudyTemplates.classSystem("seed").orElseThrow());
        s.getSeries().add(series("area.forest", SeriesKind.LAND_AREA, "forest", "10^4 hm2"));
        return s;
    }

    /** {@link #seedStudy()} plus a study-defined series outside the conventions (an index in percent). */
    static Study corpusStudy() {
        Study s = seedStudy();
        s.getSeries().add(series("custom.green_index", SeriesKind.OTHER, null, "%"));
        return s;
    }

    static Series series(String id, SeriesKind kind, String subject, String unit, double... yearValuePairs) {
        Series s = LandCarbonFactory.eINSTANCE.createSeries();
        s.setId(id);
        s.setKind(kind);
        s.setSubject(subject);
        s.setUnit(unit);
        for (int i = 0; i < yearValuePairs.length; i += 2) {
            YearValue v = LandCarbonFactory.eINSTANCE.createYearValue();
            v.setYear((int) yearValuePairs[i]);
            v.setValue(yearValuePairs[i + 1]);
            v.setProvenance(ProvenanceKind.ENTERED);
            s.getValues().add(v);
        }
        return s;
    }

    static Series find(Study study, String id) {
        return study.getSeries().stream().filter(s -> id.equals(s.getId())).findFirst().orElse(null);
    }

    static YearValue value(Study study, String id, int year) {
        Series s = find(study, id);
        return s == null ? null : s.getValues().stream().filter(v -> v.getYear() == year).findFirst().orElse(null);
    }
}
