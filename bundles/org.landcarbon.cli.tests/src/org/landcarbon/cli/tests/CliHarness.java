package org.landcarbon.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.internal.CommandLookup;
import org.landcarbon.cli.internal.Dispatcher;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Runs commands the way the application does: the Command services that {@link CommandLookup} finds. */
public final class CliHarness {

    public record Result(int exitCode, String out, String err) {
    }

    private CliHarness() {
    }

    public static List<Command> registeredCommands() throws Exception {
        return commandsFor(List.of());
    }

    /** The commands the application hands to the dispatcher for {@code args} (only the named one, if any). */
    static List<Command> commandsFor(List<String> args) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(Dispatcher.class).getBundleContext();
        return CommandLookup.services(context, CommandLookup.references(context, args));
    }

    public static Result run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new Dispatcher(commandsFor(Arrays.asList(args))).dispatch(Arrays.asList(args), o, e);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
