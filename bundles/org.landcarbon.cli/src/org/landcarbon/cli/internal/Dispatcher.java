package org.landcarbon.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.ProductInfo;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.text.Texts;

/**
 * Picks the command named by the first argument and runs it, turning exceptions into the exit
 * codes and stderr messages of the command-line contract (0 ok, 1 failure, 2 bad usage, 3 internal error).
 * Any Throwable ends in one line on stderr and a non-zero code, out of memory and stack overflow included.
 */
public final class Dispatcher {

    private final Map<String, Command> commands = new TreeMap<>();

    public Dispatcher(Iterable<Command> available) {
        for (Command c : available) {
            commands.put(c.name(), c);
        }
    }

    /** The one command that {@code args} runs or asks help for; empty when they list every command. */
    public static Optional<String> commandNamed(List<String> args) {
        if (args.isEmpty() || isHelpFlag(args.get(0))) {
            return Optional.empty();
        }
        String name = args.get(0);
        if ("help".equals(name)) {
            return args.size() < 2 ? Optional.empty() : Optional.of(args.get(1));
        }
        return Optional.of("--version".equals(name) ? "version" : name);
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
            err.println("landcarbon " + name + ": " + (isInternal(e) ? "internal error: " : "") + describe(e));
            debug(e, err);
            return isInternal(e) ? Command.INTERNAL : Command.FAILURE;
        } catch (VirtualMachineError e) {
            // Out of memory or stack: the input was too big or too deep for the limits; the stack is unwound, so print.
            err.println("landcarbon " + name + ": " + resourceMessage(e));
            debug(e, err);
            return Command.FAILURE;
        } catch (Throwable e) {
            err.println("landcarbon " + name + ": internal error: " + describe(e));
            debug(e, err);
            return Command.INTERNAL;
        }
    }

    private static void debug(Throwable e, PrintStream err) {
        if (System.getenv("LANDCARBON_DEBUG") != null) {
            e.printStackTrace(err);
        }
    }

    /** Programming errors (not the user's input): exit 3, so that scripts can tell a bug from bad data. */
    static boolean isInternal(Throwable e) {
        return e instanceof NullPointerException || e instanceof ClassCastException || e instanceof IndexOutOfBoundsException
                || e instanceof ArrayStoreException || e instanceof IllegalMonitorStateException;
    }

    static String resourceMessage(VirtualMachineError e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (the input is larger than this Java heap can hold; see docs/limits.md, "
                    + "or raise the heap with LANDCARBON_VM_ARGS=-Xmx4g)";
        }
        if (e instanceof StackOverflowError) {
            return "the input is nested too deeply to process (stack overflow); see docs/limits.md";
        }
        return "the Java virtual machine failed: " + describe(e);
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
        return bounded(Texts.withoutClassNames(message));
    }

    /** At most 1,000 characters: a message quoting a huge input never floods the terminal. */
    static String bounded(String message) {
        String m = message.strip();
        return m.length() > 1000 ? m.substring(0, 1000) + "... (" + (m.length() - 1000) + " more characters)" : m;
    }
}
