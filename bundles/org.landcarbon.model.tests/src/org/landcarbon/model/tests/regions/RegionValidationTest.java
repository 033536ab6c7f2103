package org.landcarbon.model.tests.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Regions;
import org.landcarbon.model.study.Studies;
import org.landcarbon.model.validation.StudyValidator;

class RegionValidationTest {

    static List<Diagnostic> withCode(Study study, int code) {
        return Diagnostician.INSTANCE.validate(study).getChildren().stream().filter(d -> d.getCode() == code
                && StudyValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
    }

    @Test
    void aParentThatDiffersFromTheSumOfItsPartsIsAFindingNamingBoth() {
        Study s = RegionStudies.province();
        Series own = Studies.ensureSeries(s, "area.forest", "10^4 hm2");
        Studies.setValue(own, 2005, 181.25, ProvenanceKind.STATED, "yearbook"); // exact
        Studies.setValue(own, 2006, 185.5, ProvenanceKind.STATED, "yearbook"); // parts: 183.5, off by 2 (1.1 %)
        List<Diagnostic> found = withCode(s, StudyValidator.REGION_SUM_MISMATCH);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Diagnostic.WARNING, found.get(0).getSeverity());
        assertEquals("Study 'Province', region P (520000), series area.forest, year 2006: 185.5 10^4 hm2 differs from the sum "
                + "of its subregions 520100, 520200, 520300 = 183.5 10^4 hm2 by 2 (more than 0.1855: 0.1 % or rounding)",
                found.get(0).getMessage());
    }

    @Test
    void withinTheToleranceIsNoFinding() {
        Study s = RegionStudies.province();
        Series own = Studies.ensureSeries(s, "area.forest", "10^4 hm2");
        Studies.setValue(own, 2006, 183.6, ProvenanceKind.STATED, "yearbook"); // 0.054 % above 183.5
        assertTrue(withCode(s, StudyValidator.REGION_SUM_MISMATCH).isEmpty());
    }

    @Test
    void aMiddleRegionIsCheckedAgainstItsOwnParts() {
        Study s = RegionStudies.province();
        Region c = Regions.find(s, "520300").orElseThrow();
        RegionStudies.forest(c, 30.5, 40); // C1 + C2 = 30.5, 32.25
        List<Diagnostic> found = withCode(s, StudyValidator.REGION_SUM_MISMATCH);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).getMessage().contains("region 丙市 (520300), series area.forest, year 2006: 40 10^4 hm2 differs from "
                + "the sum of its subregions 520301, 520302 = 32.25"), found.get(0).getMessage());
    }

    @Test
    void duplicateAndMissingCodesAreErrors() {
        Study s = RegionStudies.province();
        Regions.addSubregion(Regions.find(s, "520300").orElseThrow(), "520100", "again");
        Regions.addSubregion(s.getRegion(), null, "no code");
        List<Diagnostic> dup = withCode(s, StudyValidator.REGION_CODE_DUPLICATE);
        assertEquals(1, dup.size());
        assertEquals(Diagnostic.ERROR, dup.get(0).getSeverity());
        assertEquals("Study 'Province': the region code 520100 is used twice (A (520100) and again (520100)); codes must be unique",
                dup.get(0).getMessage());
        assertEquals(1, withCode(s, StudyValidator.REGION_CODE_MISSING).size());
    }

    @Test
    void aSubregionSeriesIsNamedWithItsRegion() {
        Study s = RegionStudies.province();
        Studies.setValue(Regions.find(s, "520200").orElseThrow().getSeries().get(0), 2006, -1, ProvenanceKind.ENTERED, null);
        List<Diagnostic> negative = withCode(s, StudyValidator.VALUE_NEGATIVE);
        assertEquals(1, negative.size());
        assertTrue(negative.get(0).getMessage().startsWith("Study 'Province', region B (520200), series area.forest, year 2006"),
                negative.get(0).getMessage());
    }
}
