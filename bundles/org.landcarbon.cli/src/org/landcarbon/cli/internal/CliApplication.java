package org.landcarbon.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.landcarbon.cli.Command;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The headless application: runs one command on the product's OSGi runtime and returns its exit code. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = new ArrayList<>(Arrays.asList(raw == null ? new String[0] : raw));
        context.applicationRunning();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        List<ServiceReference<Command>> refs = CommandLookup.references(bundleContext, args);
        List<Command> commands = CommandLookup.services(bundleContext, refs);
        try {
            int code = new Dispatcher(commands).dispatch(args, out, err);
            return Integer.valueOf(code);
        } catch (Throwable e) {
            // The dispatcher catches everything a command throws; this is the last line of defence, never exit 0.
            err.println("landcarbon: internal error: " + Dispatcher.describe(e));
            return Integer.valueOf(Command.INTERNAL);
        } finally {
            out.flush();
            err.flush();
            refs.forEach(bundleContext::ungetService);
        }
    }

    @Override
    public void stop() {
        // A command runs to completion; nothing to interrupt.
    }
}
