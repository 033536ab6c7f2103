package org.landcarbon.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.landcarbon.cli.Command;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The Command services one command line needs. Getting a service activates its component (and the bundles of
 * what it references), so a named command is looked up by its {@link Command#NAME_PROPERTY} and only it is
 * activated; the command list of {@code help} needs them all (issue 17, docs/cli-runtime.md).
 */
public final class CommandLookup {

    private CommandLookup() {
    }

    /**
     * The references to hand to the {@link Dispatcher} for {@code args}: the named command's, or every
     * command's when the line lists them. A plugin's command registered without the property is still found:
     * when no service carries the name, the commands without the property are returned and the dispatcher
     * asks them their {@link Command#name()}.
     */
    public static List<ServiceReference<Command>> references(BundleContext context, List<String> args)
            throws InvalidSyntaxException {
        Optional<String> name = Dispatcher.commandNamed(args);
        if (name.isEmpty()) {
            return list(context.getServiceReferences(Command.class, null));
        }
        List<ServiceReference<Command>> named = list(context.getServiceReferences(Command.class,
                "(" + Command.NAME_PROPERTY + "=" + escaped(name.get()) + ")"));
        if (!named.isEmpty()) {
            return named;
        }
        return list(context.getServiceReferences(Command.class, "(!(" + Command.NAME_PROPERTY + "=*))"));
    }

    /** The services of {@code refs}, in order; a service that went away meanwhile is left out. */
    public static List<Command> services(BundleContext context, List<ServiceReference<Command>> refs) {
        List<Command> commands = new ArrayList<>(refs.size());
        for (ServiceReference<Command> ref : refs) {
            Command c = context.getService(ref);
            if (c != null) {
                commands.add(c);
            }
        }
        return commands;
    }

    private static List<ServiceReference<Command>> list(Collection<ServiceReference<Command>> refs) {
        return new ArrayList<>(refs);
    }

    /** A typed word as an LDAP filter value: '*' and the parentheses match literally (RFC 4515 escapes). */
    static String escaped(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '*' || ch == '(' || ch == ')' || ch == '\\') {
                b.append('\\');
            }
            b.append(ch);
        }
        return b.toString();
    }
}
