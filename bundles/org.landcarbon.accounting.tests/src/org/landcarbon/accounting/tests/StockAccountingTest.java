package org.landcarbon.accounting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.stock.CarbonDensities;
import org.landcarbon.accounting.stock.CarbonPool;
import org.landcarbon.accounting.stock.StockAccount;
import org.landcarbon.accounting.stock.StockAccounting;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.LandClassAliases;
import org.landcarbon.model.study.LandClassSystems;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;

/**
 * Carbon stocks against a hand-worked table (made-up test numbers, not literature values).
 *
 * <pre>
 * areas (10^4 hm2)      2000   2005   2010
 *   cropland             100     95     90
 *   forest               200    203    205
 *   construction          10     12     15
 * densities (t C / hm2)  above below soil dead  sum
 *   cropland               5     1    100   0    106
 *   forest                40    10    150   2    202
 *   construction           0     0     20   0     20
 * stock = area x sum; 10^4 hm2 x t C / hm2 = 10^4 t C:
 *   2000: cropland 100 x 106 = 10600, forest 200 x 202 = 40400, construction 10 x 20 = 200, total 51200
 *   2005: 95 x 106 = 10070, 203 x 202 = 41006, 12 x 20 = 240, total 51316
 *   2010: 90 x 106 = 9540, 205 x 202 = 41410, 15 x 20 = 300, total 51250
 * change 2000-2005 = 51316 - 51200 = +116 (gain), emission -116 10^4 t C = -116 x 44/12 = -425.333 10^4 t CO2
 * change 2005-2010 = 51250 - 51316 = -66 (loss), emission +66 10^4 t C = 242 10^4 t CO2
 * above + below only: 2000 cropland 100 x 6 = 600, forest 200 x 50 = 10000, construction 0; total 10600
 * </pre>
 */
class StockAccountingTest {

    static final String DENSITIES = """
            # test densities, made up for the hand calculation
            class,above,below,soil,dead,unit,source
            Cultivated land,5,1,100,0,t C / hm2,test table
            林地,40,10,150,2,t C / hm2,test table
            construction,0,0,20,0,t C / hm2,test table
            """;

    static Study areas() {
        Study s = DemoCounty.F.createStudy();
        s.setName("stock test");
        s.setLandClassSystem(LandClassSystems.seed());
        add(s, "area.cropland", 100, 95, 90);
        add(s, "area.forest", 200, 203, 205);
        add(s, "area.construction", 10, 12, 15);
        return s;
    }

    private static void add(Study s, String id, double a, double b, double c) {
        Series series = DemoCounty.F.createSeries();
        series.setId(id);
        series.setUnit("10^4 hm2");
        series.getValues().add(DemoCounty.value(2000, a));
        series.getValues().add(DemoCounty.value(2005, b));
        series.getValues().add(DemoCounty.value(2010, c));
        s.getSeries().add(series);
    }

    static CarbonDensities densities(Study s, String text) throws IOException {
        return CarbonDensities.parse(text, "densities.csv", n -> LandClassAliases.resolve(n, s), "cropland, forest, construction");
    }

    private static double tenThousandT(org.landcarbon.accounting.stock.StockValue v) {
        return v.value().in(Units.TEN_THOUSAND_T_C);
    }

    @Test
    void stocksTotalsAndChangesMatchTheHandTable() throws Exception {
        Study s = areas();
        StockAccount a = StockAccounting.compute(s, densities(s, DENSITIES), Set.of(), Units.TEN_THOUSAND_T_C);
        assertEquals(List.of(2000, 2005, 2010), a.years());
        assertEquals(List.of(CarbonPool.ABOVE, CarbonPool.BELOW, CarbonPool.SOIL, CarbonPool.DEAD), a.pools());
        assertEquals(10600, tenThousandT(a.stock(2000, "cropland")), 1e-9);
        assertEquals(40400, tenThousandT(a.stock(2000, "forest")), 1e-9);
        assertEquals(200, tenThousandT(a.stock(2000, "construction")), 1e-9);
        assertEquals(51200, tenThousandT(a.total(2000)), 1e-9);
        assertEquals(51316, tenThousandT(a.total(2005)), 1e-9);
        assertEquals(51250, tenThousandT(a.total(2010)), 1e-9);
        assertEquals(116, tenThousandT(a.change(2000, 2005, "total")), 1e-9);
        assertEquals(-116, tenThousandT(a.emission(2000, 2005, "total")), 1e-9);
        assertEquals(66, tenThousandT(a.emission(2005, 2010, "total")), 1e-9);
        assertEquals(242, Account.express(a.emission(2005, 2010, "total").value(), Unit.parse("10^4 t CO2")).value(), 1e-9);
        assertEquals(-116 * 44.0 / 12.0, Account.express(a.emission(2000, 2005, "total").value(), Unit.parse("10^4 t CO2")).value(), 1e-9);
        // the forest's change 2005-2010: 41410 - 41006 = 404
        assertEquals(404, tenThousandT(a.change(2005, 2010, "forest")), 1e-9);
        // Tg: 51200 10^4 t = 512 Tg
        assertEquals(512, a.total(2000).value().in(Unit.parse("Tg C")), 1e-9);
    }

    @Test
    void theTrailNamesAreaDensityPoolsAndSource() throws Exception {
        Study s = areas();
        StockAccount a = StockAccounting.compute(s, densities(s, DENSITIES), Set.of(), Units.TEN_THOUSAND_T_C);
        List<String> trail = a.stock(2000, "forest").trail();
        assertEquals("area.forest 2000 = 200 10^4 hm2 [ENTERED: demo county, made up for tests]", trail.get(0));
        assertEquals("density forest = above 40 t C / hm2 + below 10 t C / hm2 + soil 150 t C / hm2 + dead 2 t C / hm2 = 202 t C / hm2"
                + " (densities.csv row 4; source: test table)", trail.get(1));
        assertEquals("stock forest 2000 = 200 10^4 hm2 x 202 t C / hm2 = 404000000 t C = 40400 10^4 t C", trail.get(2));
        List<String> change = a.emission(2005, 2010, "total").trail();
        assertTrue(change.get(change.size() - 1).startsWith("emission equivalent = -(change) = 660000 t C = 66 10^4 t C"), change.toString());
    }

    @Test
    void chosenPoolsOnly() throws Exception {
        Study s = areas();
        StockAccount a = StockAccounting.compute(s, densities(s, DENSITIES), EnumSet.of(CarbonPool.ABOVE, CarbonPool.BELOW),
                Units.TEN_THOUSAND_T_C);
        assertEquals(600, tenThousandT(a.stock(2000, "cropland")), 1e-9);
        assertEquals(10000, tenThousandT(a.stock(2000, "forest")), 1e-9);
        assertEquals(10600, tenThousandT(a.total(2000)), 1e-9);
    }

    @Test
    void aClassWithoutDensityMakesTheTotalMissingNotSmaller() throws Exception {
        Study s = areas();
        String noConstruction = DENSITIES.lines().filter(l -> !l.startsWith("construction")).reduce("", (x, y) -> x + y + "\n");
        StockAccount a = StockAccounting.compute(s, densities(s, noConstruction), Set.of(), Units.TEN_THOUSAND_T_C);
        assertFalse(a.stock(2000, "construction").isPresent());
        assertTrue(a.stock(2000, "construction").reason().startsWith("construction has areas but no row in densities.csv"));
        assertFalse(a.total(2000).isPresent());
        assertTrue(a.total(2000).reason().contains("construction"), a.total(2000).reason());
        assertFalse(a.change(2000, 2005, "total").isPresent());
        assertTrue(a.change(2000, 2005, "forest").isPresent());
    }

    @Test
    void badDensityFilesNameRowAndColumn() {
        Study s = areas();
        IOException e = assertThrows(IOException.class, () -> densities(s, DENSITIES.replace("40,10", "4O,10")));
        assertEquals("densities.csv, row 4, column above: '4O' is not a number", e.getMessage());
        e = assertThrows(IOException.class, () -> densities(s, DENSITIES.replace("150,2,t C / hm2", "150,2,t C / (hm2 a)")));
        assertEquals("densities.csv, row 4, column unit: a carbon density is carbon per area (e.g. t C / hm2), but 't C / (hm2 a)' is carbon / (area time)",
                e.getMessage());
        e = assertThrows(IOException.class, () -> densities(s, DENSITIES.replace("20,0,t C / hm2,test table", "20,0,t C / hm2,")));
        assertEquals("densities.csv, row 5, column source: every density must cite its source (construction)", e.getMessage());
        e = assertThrows(IOException.class, () -> densities(s, DENSITIES + "wetland,1,1,1,1,t C / hm2,x\n"));
        assertEquals("densities.csv, row 6, column class: 'wetland' is not a land class of the areas (cropland, forest, construction)", e.getMessage());
        e = assertThrows(IOException.class, () -> densities(s, "class,unit,source\nforest,t C / hm2,x\n"));
        assertEquals("densities.csv, row 1: no pool column (above, below, soil or dead)", e.getMessage());
        assertEquals(Optional.of(CarbonPool.ABOVE), CarbonPool.of("c_above"));
    }
}
