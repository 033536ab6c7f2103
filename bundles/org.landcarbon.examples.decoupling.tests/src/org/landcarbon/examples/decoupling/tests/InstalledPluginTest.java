package org.landcarbon.examples.decoupling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.Command;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The plugin as a user sees it: installed next to the core, it appears in {@code landcarbon analyses}
 * and runs with {@code landcarbon run decoupling.tapio}. The core knows nothing about it.
 */
class InstalledPluginTest {

    @TempDir
    Path dir;

    private static String run(String command, String... args) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(InstalledPluginTest.class).getBundleContext();
        for (ServiceReference<Command> ref : context.getServiceReferences(Command.class, null)) {
            Command c = context.getService(ref);
            if (c.name().equals(command)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = c.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
                return out.toString(StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no command " + command);
    }

    @Test
    void appearsInTheListOfAnalysesWithItsSettings() throws Exception {
        String out = run("analyses");
        assertTrue(out.contains("decoupling.tapio  Tapio decoupling / Tapio脱钩分析"), out);
        assertTrue(out.contains("--lower X") && out.contains("default 0.8"), out);
    }

    @Test
    void runsFromTheCommandLine() throws Exception {
        Path csv = dir.resolve("synthetic.csv");
        Files.writeString(csv, "# synthetic numbers\nyear,net,gdp\n2000,100,100\n2001,110,120\n");
        String json = run("run", "decoupling.tapio", "--input", csv.toString());
        assertTrue(json.contains("\"elasticity\" : {\n    \"2000-2001\" : 0.5"), json);
        assertTrue(json.contains("\"2000-2001\" : \"weak decoupling\""), json);
    }
}
