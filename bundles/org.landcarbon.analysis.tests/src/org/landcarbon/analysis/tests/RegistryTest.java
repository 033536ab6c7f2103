package org.landcarbon.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.Setting;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Scalar;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * The registry binds and unbinds Analysis services as they come and go, from any bundle, and gets only the one
 * asked for when it carries {@link Analysis#ID_PROPERTY} (issue 17).
 */
class RegistryTest {

    public static class CountSettings {
        @Setting(name = "offset", description = "added to the count")
        public int offset = 0;
    }

    static class CountAnalysis implements Analysis<CountSettings> {
        private final String id;

        CountAnalysis() {
            this("test.count");
        }

        CountAnalysis(String id) {
            this.id = id;
        }

        @Override
        public AnalysisDescriptor descriptor() {
            return new AnalysisDescriptor(id, "Row count", "行数", "Test", InputKind.SERIES_SET, "counts rows", "");
        }

        @Override
        public Class<CountSettings> settingsType() {
            return CountSettings.class;
        }

        @Override
        public AnalysisResult run(DataTable input, CountSettings s) {
            return AnalysisResult.builder(id).add(new Scalar("rows", "rows", input.rows() + s.offset, "1", "count")).build();
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

    /** Counts how often the framework asks for the service, as it does when a component is activated. */
    static final class CountingFactory implements ServiceFactory<Analysis<?>> {
        final AtomicInteger gets = new AtomicInteger();
        private final String id;

        CountingFactory(String id) {
            this.id = id;
        }

        @Override
        public Analysis<?> getService(Bundle bundle, ServiceRegistration<Analysis<?>> registration) {
            gets.incrementAndGet();
            return new CountAnalysis(id);
        }

        @Override
        public void ungetService(Bundle bundle, ServiceRegistration<Analysis<?>> registration, Analysis<?> service) {
        }
    }

    @Test
    void findGetsOnlyTheAnalysisWhoseIdPropertyMatches() {
        BundleContext context = FrameworkUtil.getBundle(RegistryTest.class).getBundleContext();
        AnalysisRegistry registry = context.getService(context.getServiceReference(AnalysisRegistry.class));
        CountingFactory wanted = new CountingFactory("test.lazy.wanted");
        CountingFactory other = new CountingFactory("test.lazy.other");
        List<ServiceRegistration<?>> regs = List.of(register(context, wanted), register(context, other));
        try {
            assertEquals("test.lazy.wanted", registry.find("test.lazy.wanted").orElseThrow().descriptor().id());
            assertEquals(1, wanted.gets.get(), "the analysis asked for is got once");
            assertEquals(0, other.gets.get(), "an analysis with another id is not got");
            assertFalse(registry.find("test.lazy.none").isPresent());
            assertEquals(0, other.gets.get(), "nor when nothing matches");
            assertTrue(registry.analyses().stream().anyMatch(a -> a.descriptor().id().equals("test.lazy.other")), "listing gets them all");
            assertEquals(1, other.gets.get());
        } finally {
            regs.forEach(ServiceRegistration::unregister);
        }
        assertFalse(registry.find("test.lazy.wanted").isPresent());
    }

    @Test
    void anAnalysisWithoutTheIdPropertyIsFoundBesideOnesWithIt() {
        BundleContext context = FrameworkUtil.getBundle(RegistryTest.class).getBundleContext();
        AnalysisRegistry registry = context.getService(context.getServiceReference(AnalysisRegistry.class));
        CountingFactory named = new CountingFactory("test.lazy.named");
        ServiceRegistration<?> withId = register(context, named);
        ServiceRegistration<?> without = context.registerService(Analysis.class, new CountAnalysis("test.lazy.unnamed"), null);
        try {
            assertEquals("test.lazy.unnamed", registry.find("test.lazy.unnamed").orElseThrow().descriptor().id());
            assertEquals(0, named.gets.get(), "the one with another id is still not got");
            assertEquals("test.lazy.named", registry.find("test.lazy.named").orElseThrow().descriptor().id());
            assertEquals(2, registry.analyses().stream().filter(a -> a.descriptor().id().startsWith("test.lazy.")).count());
        } finally {
            withId.unregister();
            without.unregister();
        }
    }

    private static ServiceRegistration<?> register(BundleContext context, CountingFactory factory) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Analysis.ID_PROPERTY, factory.id);
        return context.registerService(Analysis.class.getName(), factory, props);
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
