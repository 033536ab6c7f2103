package org.landcarbon.model.tests.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Regions;
import org.landcarbon.model.study.Studies;

class RegionsTest {

    @Test
    void walksDepthFirstWithDepthAndParent() {
        Study s = RegionStudies.province();
        List<Regions.Node> nodes = Regions.walk(s);
        assertEquals(List.of("520000", "520100", "520200", "520300", "520301", "520302"),
                nodes.stream().map(n -> n.region().getCode()).toList());
        assertEquals(List.of(0, 1, 1, 1, 2, 2), nodes.stream().map(Regions.Node::depth).toList());
        assertNull(nodes.get(0).parent());
        assertEquals("520300", nodes.get(4).parent().getCode());
        assertEquals("丙市", Regions.find(s, "520300").orElseThrow().getNameZh(), "a Chinese name goes to nameZh");
        assertEquals("520300", Regions.parent(Regions.find(s, " 520302 ").orElseThrow()).orElseThrow().getCode());
        assertTrue(Regions.find(s, "999999").isEmpty());
    }

    @Test
    void wholeSumsAdditiveSeriesOfThePartsRecursively() {
        Study s = RegionStudies.province();
        List<Series> whole = Regions.whole(s);
        // forest = A + B + (C1 + C2): 2005 100.25 + 50.5 + 10 + 20.5 = 181.25; 2006 101.5 + 49.75 + 11 + 21.25 = 183.5
        Series forest = whole.stream().filter(x -> x.getId().equals("area.forest")).findFirst().orElseThrow();
        assertEquals(181.25, Studies.yearValue(forest, 2005).orElseThrow().getValue(), 1e-12);
        assertEquals(183.5, Studies.yearValue(forest, 2006).orElseThrow().getValue(), 1e-12);
        assertEquals(ProvenanceKind.DERIVED, forest.getValues().get(0).getProvenance());
        assertEquals("sum of subregions 520100, 520200, 520300", forest.getValues().get(0).getProvenanceDetail());
        assertTrue(whole.stream().noneMatch(x -> x.getId().equals("energy_intensity")), "a ratio is never summed");
        assertTrue(s.getSeries().isEmpty(), "whole does not change the study");
    }

    @Test
    void theTopRegionsOwnSeriesWinOverTheSumAndMissingPartsLeaveYearsOut() {
        Study s = RegionStudies.province();
        Series own = Studies.ensureSeries(s, "area.forest", "10^4 hm2");
        Studies.setValue(own, 2005, 180, ProvenanceKind.STATED, "yearbook");
        assertEquals(List.of(180.0), Regions.whole(s).get(0).getValues().stream().map(v -> v.getValue()).toList());
        s.getSeries().clear();
        Region c2 = Regions.find(s, "520302").orElseThrow();
        c2.getSeries().get(0).getValues().remove(1); // C2 has no 2006
        Series forest = Regions.whole(s).get(0);
        assertEquals(List.of(2005), forest.getValues().stream().map(v -> v.getYear()).toList());
        assertTrue(forest.getNote().endsWith("left out where a subregion has no value: 2006"), forest.getNote());
    }

    @Test
    void aRangeAllPartsShareIsTheSumsAndDifferingRangesGiveNone() {
        Study s = RegionStudies.province();
        org.landcarbon.model.Uncertainty accuracy = org.landcarbon.model.LandCarbonFactory.eINSTANCE.createUncertainty();
        accuracy.setDistribution("interval95pct");
        accuracy.setPercent(20.69);
        accuracy.setSource("CLCD overall accuracy 79.31 %");
        for (String code : List.of("520100", "520200", "520301", "520302")) {
            Regions.find(s, code).orElseThrow().getSeries().get(0).setUncertainty(org.eclipse.emf.ecore.util.EcoreUtil.copy(accuracy));
        }
        Series forest = Regions.whole(s).get(0);
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(accuracy, forest.getUncertainty()), "C's sum has it, so the top's has");
        assertTrue(forest.getNote().endsWith("; the subregions' range"), forest.getNote());

        Regions.find(s, "520302").orElseThrow().getSeries().get(0).getUncertainty().setPercent(10);
        Series differing = Regions.whole(s).get(0);
        assertNull(differing.getUncertainty());
        assertTrue(differing.getNote().endsWith("; no range: the subregions' ranges differ"), differing.getNote());
    }

    @Test
    void unitsAreConvertedToTheFirstPartsUnitBeforeSumming() {
        Study s = RegionStudies.province();
        Series b = Regions.find(s, "520200").orElseThrow().getSeries().get(0);
        b.setUnit("hm2");
        b.getValues().get(0).setValue(505000); // = 50.5 x 10^4 hm2
        Series forest = Regions.whole(s).get(0);
        assertEquals(181.25, Studies.yearValue(forest, 2005).orElseThrow().getValue(), 1e-9);
    }

    @Test
    void viewIsAStandaloneStudyOfOneRegion() {
        Study s = RegionStudies.province();
        Study a = Regions.view(s, "520100").orElseThrow();
        assertEquals("Province - A (520100)", a.getName());
        assertEquals("520100", a.getRegion().getCode());
        assertEquals(List.of("area.forest", "energy_intensity"), a.getSeries().stream().map(Series::getId).toList());
        assertEquals(100.25, Studies.yearValue(a.getSeries().get(0), 2005).orElseThrow().getValue());
        assertTrue(a.getReportedValues().isEmpty());
        Study c = Regions.view(s, "520300").orElseThrow();
        assertEquals(30.5, Studies.yearValue(c.getSeries().get(0), 2005).orElseThrow().getValue(), 1e-12);
        assertTrue(c.getRegion().getSubregions().isEmpty(), "a view is flat");
        Study top = Regions.view(s, s.getRegion());
        assertEquals("Province", top.getName());
        assertEquals(181.25, Studies.yearValue(top.getSeries().get(0), 2005).orElseThrow().getValue(), 1e-12);
        assertFalse(Regions.find(s, "520100").orElseThrow().getSeries().isEmpty(), "the study keeps its series");
    }

    @Test
    void additivityIsStatedPerKind() {
        assertTrue(Regions.isAdditive(org.landcarbon.model.SeriesKind.LAND_AREA));
        assertTrue(Regions.isAdditive(org.landcarbon.model.SeriesKind.POPULATION));
        assertFalse(Regions.isAdditive(org.landcarbon.model.SeriesKind.ENERGY_INTENSITY));
        assertFalse(Regions.isAdditive(org.landcarbon.model.SeriesKind.OTHER));
    }
}
