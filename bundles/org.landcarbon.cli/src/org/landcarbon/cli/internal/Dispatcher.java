package org.landcarbon.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.ProductInfo;
import org.landcarbon.cli.UsageException;

/**
 * Picks the command named by the first argument and runs it, turning exceptions into the exit
 * codes and stderr messages of the command-line contract (0 ok, 1 failure, 2 bad usage).
 */
public final class Dispatcher {

    private final Map<String, Command> commands = new TreeMap<>();

    public Dispatcher(Iterable<Command> available) {
        for (Command c : available) {
            commands.put(c.name(), c);
        }
    }

    public int dispatch(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || isHelpFlag(args.get(0))) {
            printHelp(out);
            return Command.OK;
        }
        String name = args.get(0);
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        if ("help".equals(name)) {
            return help(rest, out, err);
        }
        if ("--version".equals(name)) {
            name = "version";
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("landcarbon: unknown command '" + name + "'. Run 'landcarbon help' for the list of commands.");
            return Command.USAGE;
        }
        if (rest.stream().anyMatch(Dispatcher::isHelpFlag)) {
            out.println(command.usage());
            return Command.OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("landcarbon " + name + ": " + e.getMessage());
            err.println();
            err.println(command.usage());
            return Command.USAGE;
        } catch (Exception | LinkageError e) {
            // A LinkageError means a broken installation (a missing bundle or export): still exit 1 with a message.
            err.println("landcarbon " + name + ": " + describe(e));
            if (System.getenv("LANDCARBON_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return Command.FAILURE;
        }
    }

    private int help(List<String> rest, PrintStream out, PrintStream err) {
        if (rest.isEmpty()) {
            printHelp(out);
            return Command.OK;
        }
        Command command = commands.get(rest.get(0));
        if (command == null) {
            err.println("landcarbon help: unknown command '" + rest.get(0) + "'.");
            return Command.USAGE;
        }
        out.println(command.usage());
        return Command.OK;
    }

    private void printHelp(PrintStream out) {
        out.println(ProductInfo.NAME + " " + ProductInfo.version()
                + " - land-use carbon emission accounting, analysis and forecasting");
        out.println();
        out.println("Usage:");
        out.println("  landcarbon [-data DIR]            open the workbench (needs a display)");
        out.println("  landcarbon <command> [options]    run a command headless");
        out.println();
        out.println("Commands:");
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(4);
        width = Math.max(width, "help".length());
        out.printf("  %-" + width + "s  %s%n", "help", "show this help, or 'help COMMAND' for one command");
        for (Command c : commands.values()) {
            out.printf("  %-" + width + "s  %s%n", c.name(), c.summary());
        }
        out.println();
        out.println("Exit codes: 0 success, 1 failure, 2 bad usage. Errors go to stderr.");
    }

    private static boolean isHelpFlag(String arg) {
        return "--help".equals(arg) || "-h".equals(arg);
    }

    /** A message for the user: the exception's own message, never a bare class name when one exists. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message;
    }
}
