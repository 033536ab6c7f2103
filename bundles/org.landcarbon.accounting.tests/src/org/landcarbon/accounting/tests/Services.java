package org.landcarbon.accounting.tests;

import java.util.Dictionary;
import java.util.Hashtable;

import org.landcarbon.accounting.AccountingService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** The accounting service as DS publishes it in the running framework, and registration of test services. */
final class Services {

    private Services() {
    }

    static BundleContext context() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(AccountingService.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        return bundle.getBundleContext();
    }

    static AccountingService accounting() throws Exception {
        ServiceTracker<AccountingService, AccountingService> tracker = new ServiceTracker<>(context(), AccountingService.class, null);
        tracker.open();
        try {
            AccountingService service = tracker.waitForService(10_000);
            if (service == null) {
                throw new IllegalStateException("AccountingService is not registered (is felix.scr running?)");
            }
            return service;
        } finally {
            tracker.close();
        }
    }

    static <T> ServiceRegistration<T> register(Class<T> type, T service) throws Exception {
        Dictionary<String, Object> properties = new Hashtable<>();
        return context().registerService(type, service, properties);
    }
}
