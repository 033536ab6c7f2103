package org.landcarbon.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One verb of {@code landcarbon <command> [options]}, registered as an OSGi service. Register it with the
 * service property {@link #NAME_PROPERTY} set to {@link #name()}, e.g.
 * {@code @Component(service = Command.class, property = Command.NAME_PROPERTY + "=mycommand")}: the launcher then
 * activates only the command it runs. A command without the property is still found, at the cost of activating
 * every such command on each start.
 */
public interface Command {

    /**
     * The service property naming the command, equal to {@link #name()}.
     *
     * @since 0.2
     */
    String NAME_PROPERTY = "landcarbon.command";

    /** Exit code: success. */
    int OK = 0;
    /** Exit code: the command ran and failed (bad data, I/O error, invalid study). */
    int FAILURE = 1;
    /** Exit code: the command line itself was wrong. */
    int USAGE = 2;
    /** Exit code: an internal error (a bug, not the input); the message says so. */
    int INTERNAL = 3;

    String name();

    /** One line for the command list of {@code landcarbon help}. */
    String summary();

    /** The synopsis and options, printed by {@code landcarbon help <command>}. */
    String usage();

    /**
     * Runs the command. Results go to {@code out}, errors to {@code err}.
     *
     * @throws UsageException when the arguments are wrong (exit code 2)
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
