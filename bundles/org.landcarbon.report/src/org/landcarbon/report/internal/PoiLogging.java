package org.landcarbon.report.internal;

import java.lang.reflect.Field;

/**
 * POI logs through the Log4j API, and no Log4j implementation is installed. Under OSGi the API's activator
 * takes its provider lock in whichever thread first loads one of its classes (SPI Fly's, at startup) and keeps
 * it until a provider appears, which never happens: the first POI class then waits forever in any other
 * thread. Handing the API its own simple provider (errors only, to stderr) before POI starts means that lock
 * is never taken. If the API changes, nothing is done and Log4j is left to itself.
 */
final class PoiLogging {

    private static boolean installed;

    private PoiLogging() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try {
            ClassLoader poi = org.apache.poi.util.IOUtils.class.getClassLoader();
            Class<?> util = Class.forName("org.apache.logging.log4j.util.ProviderUtil", true, poi);
            Field provider = util.getDeclaredField("PROVIDER");
            provider.setAccessible(true);
            if (provider.get(null) == null) {
                Class<?> simple = Class.forName("org.apache.logging.log4j.simple.internal.SimpleProvider", true, util.getClassLoader());
                provider.set(null, simple.getConstructor().newInstance());
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // another Log4j version: its own lookup applies
        }
    }
}
