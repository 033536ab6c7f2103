package org.landcarbon.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.Setting;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Scalar;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The registry binds and unbinds Analysis services as they come and go, from any bundle. */
class RegistryTest {

    public static class CountSettings {
        @Setting(name = "offset", description = "added to the count")
        public int offset = 0;
    }

    static final class CountAnalysis implements Analysis<CountSettings> {
        @Override
        public AnalysisDescriptor descriptor() {
            return new AnalysisDescriptor("test.count", "Row count", "行数", "Test", InputKind.SERIES_SET, "counts rows", "");
        }

        @Override
        public Class<CountSettings> settingsType() {
            return CountSettings.class;
        }

        @Override
        public AnalysisResult run(DataTable input, CountSettings s) {
            return AnalysisResult.builder("test.count").add(new Scalar("rows", "rows", input.rows() + s.offset, "1", "count")).build();
        }
    }

    @Test
    void anAnalysisRegisteredAtRuntimeAppearsAndDisappears() {
        BundleContext context = FrameworkUtil.getBundle(RegistryTest.class).getBundleContext();
        AnalysisRegistry registry = context.getService(context.getServiceReference(AnalysisRegistry.class));
        assertFalse(registry.find("test.count").isPresent());
        ServiceRegistration<?> reg = context.registerService(Analysis.class, new CountAnalysis(), null);
        try {
            assertTrue(registry.find("test.count").isPresent());
            assertTrue(registry.analyses().stream().anyMatch(a -> a.descriptor().id().equals("test.count")));
        } finally {
            reg.unregister();
        }
        assertFalse(registry.find("test.count").isPresent());
    }

    @Test
    void descriptorIdsAreFamilyDotName() {
        assertThrows(IllegalArgumentException.class,
                () -> new AnalysisDescriptor("GM11", "x", "", "c", InputKind.SINGLE_SERIES, "", ""));
        assertEquals("grey.gm11", new AnalysisDescriptor("grey.gm11", "x", null, "c", InputKind.SINGLE_SERIES, null, null).id());
    }

    @Test
    void resultKeysAreUniqueAndNotReserved() {
        AnalysisResult.Builder b = AnalysisResult.builder("x.y").add(new Scalar("a", "a", 1, "", ""));
        assertThrows(IllegalArgumentException.class, () -> b.add(new Scalar("a", "a", 2, "", "")));
        assertThrows(IllegalArgumentException.class, () -> b.add(new Scalar("settings", "s", 2, "", "")));
        assertThrows(IllegalArgumentException.class, () -> new Scalar("bad key", "", 1, "", ""));
        assertEquals(List.of("a"), b.build().items().stream().map(i -> i.key()).toList());
    }
}
