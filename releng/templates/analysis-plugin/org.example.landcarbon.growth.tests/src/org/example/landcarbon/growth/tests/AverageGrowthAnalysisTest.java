package org.example.landcarbon.growth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.example.landcarbon.growth.AverageGrowthAnalysis;
import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Scalar;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

class AverageGrowthAnalysisTest {

    // Synthetic: 100, 110, 121 grows by exactly 10 % a year.
    private static final DataTable SERIES = DataTable.yearly("synthetic", new int[] {2010, 2011, 2012}, "net", "10^4 t",
            new double[] {100, 110, 121});

    @Test
    void compoundRateByHand() throws Exception {
        AnalysisResult r = AnalysisRunner.run(new AverageGrowthAnalysis(), SERIES, Map.of());
        // (121 / 100)^(1/2) - 1 = 1.1 - 1 = 0.10; total (121 - 100) / 100 = 0.21
        assertEquals(10.0, r.get("rate_pct", Scalar.class).value(), 1e-12);
        assertEquals(21.0, r.get("change_pct", Scalar.class).value(), 1e-12);
        // 2011-2012 alone: 121 / 110 - 1 = 0.10
        AnalysisResult one = AnalysisRunner.run(new AverageGrowthAnalysis(), SERIES, Map.of("from", "2011"));
        assertEquals(10.0, one.get("rate_pct", Scalar.class).value(), 1e-12);
    }

    @Test
    void aPeriodBackwardsIsRefused() {
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> AnalysisRunner.run(new AverageGrowthAnalysis(), SERIES, Map.of("from", "2012", "to", "2010")));
        assertEquals("--to (2010) must be after --from (2012)", e.getMessage());
    }

    /** Fails when the DS switch (tycho-ds-plugin) is off: the analysis would then never be registered. */
    @Test
    void isRegisteredAsAService() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(AverageGrowthAnalysis.class).getBundleContext();
        boolean found = false;
        for (var ref : context.getServiceReferences(Analysis.class, null)) {
            found |= context.getService(ref).descriptor().id().equals("example.growth");
        }
        assertTrue(found, "example.growth is not a registered Analysis service");
    }
}
