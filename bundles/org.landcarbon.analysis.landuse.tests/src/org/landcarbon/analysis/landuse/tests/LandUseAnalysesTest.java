package org.landcarbon.analysis.landuse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.DataTable.IndexKind;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Matrix;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Table;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The land-use analyses as registered services, on a small hand-made area table (synthetic numbers). */
class LandUseAnalysesTest {

    private static AnalysisRegistry registry;

    // Synthetic areas (10^4 hm2) chosen for easy hand arithmetic; not real data.
    private static final DataTable AREAS = DataTable.ofNumericIndex("hand-areas", "year", IndexKind.YEAR,
            new int[] {2000, 2005, 2010}, null, List.of(
                    new Column("area.cropland", "10^4 hm2", new double[] {50, 40, 40}, ""),
                    new Column("area.forest", "10^4 hm2", new double[] {30, 35, 30}, ""),
                    new Column("area.construction", "10^4 hm2", new double[] {20, 25, 30}, "")));

    @BeforeAll
    static void setUp() {
        BundleContext context = FrameworkUtil.getBundle(LandUseAnalysesTest.class).getBundleContext();
        registry = context.getService(context.getServiceReference(AnalysisRegistry.class));
    }

    private static AnalysisResult run(String id, DataTable t, Map<String, String> settings) throws Exception {
        Analysis<?> a = registry.find(id).orElseThrow(() -> new AssertionError(id + " is not registered"));
        return AnalysisRunner.run(a, t, settings);
    }

    @Test
    void structureByHand() throws Exception {
        AnalysisResult r = run("landuse.structure", AREAS, Map.of("periods", "2000-2005,2005-2010,2000-2010"));
        // G(2000) = 1 - (2500 + 900 + 400) / 100^2 = 0.62; G(2005) = 1 - (1600 + 1225 + 625) / 10000 = 0.655.
        Series g = r.get("diversity", Series.class);
        assertEquals(0.62, g.values()[0], 1e-12);
        assertEquals(0.655, g.values()[1], 1e-12);
        Table k = r.get("dynamic_degree", Table.class);
        // cropland 50 -> 40 in 5 years: -4 %/a; construction 20 -> 30 in 10 years: 5 %/a.
        assertEquals(-4.0, k.get("cropland", "2000-2005"), 1e-12);
        assertEquals(5.0, k.get("construction", "2000-2010"), 1e-12);
        assertEquals(0.0, k.get("cropland", "2005-2010"), 0);
        // comprehensive 2000-2005: (10 + 5 + 5) / 200 / 5 * 100 = 2 %/a.
        assertEquals(2.0, r.get("comprehensive_dynamic_degree", KeyedValues.class).get("2000-2005"), 1e-12);
        // agricultural = cropland + forest: 80 -> 70 in 10 years: (70/80)^(1/10) - 1 = -1.326 %/a.
        Table cat = r.get("category_growth_rate", Table.class);
        assertEquals((Math.pow(70.0 / 80.0, 0.1) - 1) * 100, cat.get("agricultural", "2000-2010"), 1e-12);
        assertEquals(List.of("agricultural", "construction"), cat.rows());
    }

    @Test
    void areaSharesPerClassAndYear() throws Exception {
        Table shares = run("landuse.structure", AREAS, Map.of()).get("area_share", Table.class);
        // 2000: 50 / (50 + 30 + 20) = 50 %; 2010: construction 30 / 100 = 30 %; 2005: forest 35 / 100 = 35 %
        assertEquals(List.of("2000", "2005", "2010"), shares.columns());
        assertEquals(50.0, shares.get("cropland", "2000"), 1e-12);
        assertEquals(35.0, shares.get("forest", "2005"), 1e-12);
        assertEquals(30.0, shares.get("construction", "2010"), 1e-12);
        assertEquals("%", shares.unit());
    }

    @Test
    void defaultPeriodIsFirstToLastYear() throws Exception {
        AnalysisResult r = run("landuse.structure", AREAS, Map.of());
        assertEquals(List.of("2000-2010"), r.get("dynamic_degree", Table.class).columns());
    }

    @Test
    void negativeAreaIsRefusedNamingThePlace() {
        DataTable bad = DataTable.yearly("a.csv", new int[] {2000, 2001}, "forest", "", new double[] {3, -1});
        AnalysisException e = assertThrows(AnalysisException.class, () -> run("landuse.structure", bad, Map.of()));
        assertTrue(e.getMessage().contains("year 2001") && e.getMessage().contains("column forest"), e.getMessage());
    }

    @Test
    void transferMatrixFromALabelledChangeTable() throws Exception {
        // rows: class in 2000; columns: class in 2010 (given in another order); cells: area.
        DataTable t = DataTable.ofLabels("change.csv", "from", new String[] {"cropland", "forest", "construction"}, null, List.of(
                new Column("forest", "km2", new double[] {10, 50, 0}, ""),
                new Column("cropland", "km2", new double[] {80, 5, 0}, ""),
                new Column("construction", "km2", new double[] {10, 0, 20}, "")));
        AnalysisResult r = run("landuse.transfer", t, Map.of("years", "5"));
        Matrix m = r.get("transfer", Matrix.class);
        assertEquals(10, m.get("cropland", "forest"), 0);
        assertEquals(5, m.get("forest", "cropland"), 0);
        assertEquals(10, r.get("gain", KeyedValues.class).get("construction"), 0);
        assertEquals(-15, r.get("net_change", KeyedValues.class).get("cropland"), 0);
        assertEquals(2.857143, r.scalar("comprehensive_dynamic_degree"), 5e-7);
        assertEquals(10, r.get("dynamic_degree", KeyedValues.class).get("construction"), 1e-12, "20 -> 30 in 5 years: 10 / 20 / 5 * 100");
    }
}
