package org.landcarbon.launcher;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.adaptor.EclipseStarter;

/**
 * Starts Equinox with the framework on the application class path:
 * {@code java -cp org.eclipse.osgi.jar:org.landcarbon.launcher.jar org.landcarbon.launcher.Main -install DIR
 * -configuration URL -application ID ARGS...}, used by the product's headless runtime (docs/cli-runtime.md).
 * <p>
 * Why not {@code org.eclipse.equinox.launcher}: it loads the framework through a class loader of its own, whose
 * classes the JVM's AOT cache can keep parsed but not linked, and whose jar it reads class by class; from the
 * class path the about 900 framework classes come loaded and linked from the cache (0.1 s of a 0.5 s command).
 * What that launcher does before the framework starts is reproduced here: {@code -install} becomes
 * {@code osgi.install.area}; launcher-only options are dropped. The framework reads everything else, as it does
 * behind that launcher. Exit code: the application's ({@code Integer}), else 13 with a message, as Eclipse's.
 */
public final class Main {

    /** Eclipse's exit code for a start that failed ("An error has occurred"). */
    static final int START_FAILED = 13;

    private static final String INSTALL_AREA = "osgi.install.area";

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (Throwable t) { // the last line: never exit 0, never silently
            System.err.println("landcarbon: the OSGi framework failed to start: " + t);
            code = START_FAILED;
        }
        System.out.flush();
        System.exit(code);
    }

    static int run(String[] args) throws Exception {
        Arguments arguments = Arguments.of(args);
        if (arguments.installArea() != null && System.getProperty(INSTALL_AREA) == null) {
            System.setProperty(INSTALL_AREA, arguments.installArea());
        }
        Object result = EclipseStarter.run(arguments.framework().toArray(String[]::new), null);
        if (EclipseStarter.isRunning()) {
            EclipseStarter.shutdown();
        }
        return exitCode(result, System.getProperty("osgi.configuration.area"));
    }

    /** The launcher's arguments split: {@code -install DIR} (the install area) and what goes to the framework. */
    record Arguments(String installArea, List<String> framework) {

        static Arguments of(String[] args) {
            String installArea = null;
            List<String> framework = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equalsIgnoreCase("-install") && i + 1 < args.length) {
                    installArea = args[++i];
                } else if (!args[i].equalsIgnoreCase("-noSplash")) {
                    framework.add(args[i]);
                }
            }
            return new Arguments(installArea, List.copyOf(framework));
        }
    }

    /** The application's result as an exit code; a start that ran no application is reported, never 0. */
    static int exitCode(Object result, String configurationArea) {
        if (result instanceof Integer code) {
            return code;
        }
        System.err.println("landcarbon: the application did not run (result " + result + "); the framework's log is in "
                + (configurationArea == null ? "the configuration folder" : configurationArea));
        return START_FAILED;
    }
}
