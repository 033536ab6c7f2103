package org.landcarbon.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.internal.Dispatcher;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Runs commands the way the application does: every Command service registered in the framework. */
public final class CliHarness {

    public record Result(int exitCode, String out, String err) {
    }

    private CliHarness() {
    }

    public static List<Command> registeredCommands() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(Dispatcher.class).getBundleContext();
        List<Command> commands = new ArrayList<>();
        for (ServiceReference<Command> ref : context.getServiceReferences(Command.class, null)) {
            commands.add(context.getService(ref));
        }
        return commands;
    }

    public static Result run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new Dispatcher(registeredCommands()).dispatch(Arrays.asList(args), o, e);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
