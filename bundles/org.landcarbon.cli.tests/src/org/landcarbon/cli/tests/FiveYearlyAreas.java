package org.landcarbon.cli.tests;

import java.util.Map;
import java.util.Set;

import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.study.LandClassSystems;

/**
 * The five-yearly study of areas only that the accounting and density command tests share (made-up numbers):
 * 2000/2005/2010, 10^4 hm2: cropland 100/95/90, forest 200/203/205, construction 10/12/15.
 */
final class FiveYearlyAreas {

    private static final LandCarbonFactory F = LandCarbonFactory.eINSTANCE;

    /** A densities table for the three classes, named as papers name them (hand tables of the tests). */
    static final String DENSITIES = """
            class,above,below,soil,dead,unit,source
            耕地,5,1,100,0,t C / hm2,test table
            Woodland,40,10,150,2,t C / hm2,test table
            Built-up land,0,0,20,0,t C / hm2,test table
            """;

    private FiveYearlyAreas() {
    }

    static Study study() {
        Study s = F.createStudy();
        s.setName("Five-yearly areas");
        s.setStartYear(2000);
        s.setEndYear(2010);
        s.setCoefficientSetId("seed-guizhou");
        s.setLandClassSystem(LandClassSystems.seed());
        // three classes, as the paper of such a table has: no garden, grassland, water or unused land
        s.getLandClassSystem().getClasses().removeIf(c -> !Set.of("cropland", "forest", "construction").contains(c.getId()));
        add(s, "area.cropland", 100, 95, 90);
        add(s, "area.forest", 200, 203, 205);
        add(s, "area.construction", 10, 12, 15);
        return s;
    }

    private static void add(Study s, String id, double... v) {
        Series series = F.createSeries();
        series.setId(id);
        series.setUnit("10^4 hm2");
        int[] years = { 2000, 2005, 2010 };
        for (int i = 0; i < 3; i++) {
            YearValue y = F.createYearValue();
            y.setYear(years[i]);
            y.setValue(v[i]);
            y.setProvenance(ProvenanceKind.ENTERED);
            series.getValues().add(y);
        }
        s.getSeries().add(series);
    }

    /** A number in parsed JSON at a path of keys. */
    @SuppressWarnings("unchecked")
    static double at(Object json, String... path) {
        Object o = json;
        for (String p : path) {
            o = ((Map<String, Object>) o).get(p);
        }
        return (Double) o;
    }
}
