package org.landcarbon.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.study.Regions;

/** The Overview's "series with values in regions": every region's own series count, not only the top region's. */
class OverviewCountsTest {

    private static final LandCarbonFactory F = LandCarbonFactory.eINSTANCE;

    private static Series series(String id, int... years) {
        Series s = F.createSeries();
        s.setId(id);
        for (int y : years) {
            YearValue v = F.createYearValue();
            v.setYear(y);
            v.setValue(1.0);
            s.getValues().add(v);
        }
        return s;
    }

    @Test
    void valuesInTheSubregionsAreCounted() {
        Study s = F.createStudy();
        Region top = F.createRegion();
        s.setRegion(top);
        // as the raster wizard makes it: the top region holds no series of its own
        for (String code : List.of("A", "B", "C", "D")) {
            Region r = Regions.addSubregion(top, code, code);
            for (String c : List.of("forest", "cropland", "water")) {
                r.getSeries().add(series("area." + c, 2000, 2020));
            }
        }
        // 4 regions x 3 series x 2 years, in 5 regions (the top one included)
        assertArrayEquals(new int[] { 12, 24, 5 }, OverviewPage.counts(s));
        s.getSeries().add(series("gdp", 2000, 2010, 2020));
        assertArrayEquals(new int[] { 13, 27, 5 }, OverviewPage.counts(s));
    }

    @Test
    void aStudyWithoutRegionsCountsItsOwnSeries() {
        Study s = F.createStudy();
        s.getSeries().add(series("gdp", 2000, 2010));
        assertArrayEquals(new int[] { 1, 2, 1 }, OverviewPage.counts(s));
    }
}
