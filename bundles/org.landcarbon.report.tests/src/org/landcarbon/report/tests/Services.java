package org.landcarbon.report.tests;

import org.landcarbon.testsupport.OsgiServices;

/** Services as DS publishes them in the running test framework. */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type) throws Exception {
        return OsgiServices.get(type, Services.class);
    }
}
