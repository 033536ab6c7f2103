package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.internal.CommandLookup;
import org.landcarbon.cli.internal.Dispatcher;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Only the named command's service is looked up, and the analysis registry gets only the named analysis (issue 17);
 * listing and unnamed plugin commands still work.
 */
class CommandLookupTest {

    private final BundleContext context = FrameworkUtil.getBundle(Dispatcher.class).getBundleContext();

    @Test
    void everyRegisteredCommandCarriesItsNameAsServiceProperty() throws Exception {
        List<ServiceReference<Command>> refs = CommandLookup.references(context, List.of("help"));
        assertTrue(refs.size() >= 25, "the product's commands: " + refs.size());
        for (ServiceReference<Command> ref : refs) {
            String name = context.getService(ref).name();
            assertEquals(name, ref.getProperty(Command.NAME_PROPERTY), "the property of " + name);
            context.ungetService(ref);
        }
    }

    @Test
    void everyInstalledAnalysisCarriesItsIdAsServiceProperty() throws Exception {
        @SuppressWarnings("rawtypes")
        var refs = context.getServiceReferences(Analysis.class, null);
        var ids = new java.util.TreeSet<String>();
        for (var ref : refs) {
            String id = context.getService(ref).descriptor().id();
            assertEquals(id, ref.getProperty(Analysis.ID_PROPERTY), "the property of " + id);
            context.ungetService(ref);
            ids.add(id);
        }
        assertTrue(ids.containsAll(List.of("grey.gm11", "grey.gra", "grey.verhulst", "landuse.structure", "spatial.moran")), ids.toString());
    }

    @Test
    void aNamedCommandIsTheOnlyServiceLookedUp() throws Exception {
        for (List<String> line : List.of(List.of("gm11", "--input", "x"), List.of("help", "gm11"), List.of("--version"))) {
            List<ServiceReference<Command>> refs = CommandLookup.references(context, line);
            assertEquals(1, refs.size(), line.toString());
            String expected = "--version".equals(line.get(0)) ? "version" : "gm11";
            assertEquals(expected, refs.get(0).getProperty(Command.NAME_PROPERTY), line.toString());
        }
    }

    @Test
    void wildcardsInTheTypedNameMatchNothing() throws Exception {
        CliHarness.Result r = CliHarness.run("gm*");
        assertEquals(Command.USAGE, r.exitCode());
        assertTrue(r.err().contains("unknown command 'gm*'"), r.err());
    }

    @Test
    void aPluginCommandWithoutTheNamePropertyIsStillFoundAndListed() throws Exception {
        ServiceRegistration<Command> reg = context.registerService(Command.class, new Unnamed(), (Dictionary<String, ?>) new Hashtable<String, Object>());
        try {
            CliHarness.Result run = CliHarness.run("lookup-test-unnamed", "a");
            assertEquals(Command.OK, run.exitCode(), run.err());
            assertEquals("ran with [a]\n", run.out().replace("\r", ""));
            CliHarness.Result help = CliHarness.run("help");
            assertTrue(help.out().contains("  lookup-test-unnamed"), help.out());
            assertTrue(help.out().contains("  gm11"), help.out());
        } finally {
            reg.unregister();
        }
    }

    /** A command as a plugin built before the property existed registers it. */
    private static final class Unnamed implements Command {
        @Override
        public String name() {
            return "lookup-test-unnamed";
        }

        @Override
        public String summary() {
            return "a test command";
        }

        @Override
        public String usage() {
            return "Usage: landcarbon lookup-test-unnamed";
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            out.println("ran with " + args);
            return OK;
        }
    }
}
