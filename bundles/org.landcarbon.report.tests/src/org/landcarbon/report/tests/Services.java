package org.landcarbon.report.tests;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Services as DS publishes them in the running test framework. */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type) throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
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
