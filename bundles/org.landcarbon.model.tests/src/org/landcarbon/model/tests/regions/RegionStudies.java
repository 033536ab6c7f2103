package org.landcarbon.model.tests.regions;

import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.LandClassSystems;
import org.landcarbon.model.study.Regions;
import org.landcarbon.model.study.Studies;

/** A hand-made province with three prefectures (one with two counties), for the region tests. */
public final class RegionStudies {

    private RegionStudies() {
    }

    /**
     * Province P (520000) with no series of its own; prefectures A (520100), B (520200), C (520300), and under C
     * the counties C1 (520301), C2 (520302). Forest areas in 10^4 hm2, 2005 and 2006; C's forest is held by its
     * counties only; energy intensity (not additive) in A only.
     */
    public static Study province() {
        LandCarbonFactory f = LandCarbonFactory.eINSTANCE;
        Study s = f.createStudy();
        s.setName("Province");
        s.setStartYear(2005);
        s.setEndYear(2006);
        s.setLandClassSystem(LandClassSystems.seed());
        Region p = f.createRegion();
        p.setCode("520000");
        p.setName("P");
        s.setRegion(p);
        Region a = Regions.addSubregion(p, "520100", "A");
        Region b = Regions.addSubregion(p, "520200", "B");
        Region c = Regions.addSubregion(p, "520300", "丙市");
        Region c1 = Regions.addSubregion(c, "520301", "C1");
        Region c2 = Regions.addSubregion(c, "520302", "C2");
        forest(a, 100.25, 101.5);
        forest(b, 50.5, 49.75);
        forest(c1, 10, 11);
        forest(c2, 20.5, 21.25);
        Series ei = Studies.ensureSeries(s, "energy_intensity", "t standard coal / 10^4 yuan");
        s.getSeries().remove(ei);
        a.getSeries().add(ei);
        Studies.setValue(ei, 2005, 1.2, org.landcarbon.model.ProvenanceKind.ENTERED, null);
        return s;
    }

    static void forest(Region r, double y2005, double y2006) {
        Series s = LandCarbonFactory.eINSTANCE.createSeries();
        s.setId("area.forest");
        s.setKind(org.landcarbon.model.SeriesKind.LAND_AREA);
        s.setSubject("forest");
        s.setUnit("10^4 hm2");
        r.getSeries().add(s);
        Studies.setValue(s, 2005, y2005, org.landcarbon.model.ProvenanceKind.ENTERED, null);
        Studies.setValue(s, 2006, y2006, org.landcarbon.model.ProvenanceKind.ENTERED, null);
    }
}
