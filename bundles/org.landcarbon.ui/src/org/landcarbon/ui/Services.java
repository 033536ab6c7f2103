package org.landcarbon.ui;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The OSGi services the workbench uses (accounting, analyses), looked up when needed. */
public final class Services {

    private Services() {
    }

    /** The service of this type, or null when no bundle provides one. */
    public static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        if (context == null) {
            return null;
        }
        ServiceReference<T> ref = context.getServiceReference(type);
        return ref == null ? null : context.getService(ref);
    }
}
