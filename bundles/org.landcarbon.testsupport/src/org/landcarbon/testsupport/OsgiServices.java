package org.landcarbon.testsupport;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Services as DS publishes them in the running test framework, for the test fragments of non-UI bundles (the UI
 * fragments have org.landcarbon.ui.testsupport).
 */
public final class OsgiServices {

    private OsgiServices() {
    }

    /**
     * The service of {@code type}, waiting up to 10 s for it. {@code caller} is a class of the test fragment: its
     * host bundle is started first, since a lazily activated bundle registers its DS components only once started.
     */
    public static <T> T get(Class<T> type, Class<?> caller) throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(caller);
        if (bundle == null) {
            throw new IllegalStateException(caller.getName() + " is not loaded by an OSGi bundle (run the test with tycho-surefire)");
        }
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundle.getBundleContext(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(10_000);
            if (service == null) {
                throw new IllegalStateException(type.getName() + " is not registered (is felix.scr running?)");
            }
            return service;
        } finally {
            tracker.close();
        }
    }
}
