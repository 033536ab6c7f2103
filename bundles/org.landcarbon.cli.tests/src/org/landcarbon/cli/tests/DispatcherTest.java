package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.internal.Dispatcher;
import org.landcarbon.cli.tests.CliHarness.Result;

class DispatcherTest {

    @Test
    void versionCommandIsContributedAsServiceAndPrintsTheBundleVersion() throws Exception {
        Result r = CliHarness.run("version");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Pattern.compile("^LandCarbon Workbench \\d+\\.\\d+\\.\\d+").matcher(r.out()).find(), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpListsEveryRegisteredCommand() throws Exception {
        Result r = CliHarness.run("help");
        assertEquals(0, r.exitCode());
        for (var c : CliHarness.registeredCommands()) {
            assertTrue(r.out().contains("  " + c.name()), "help lists " + c.name() + ":\n" + r.out());
        }
    }

    @Test
    void unknownCommandIsBadUsageOnStderr() throws Exception {
        Result r = CliHarness.run("frobnicate");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
    }

    @Test
    void extraArgumentsToVersionAreBadUsageWithTheCommandsUsage() throws Exception {
        Result r = CliHarness.run("version", "now");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("landcarbon version: takes no arguments"), r.err());
        assertTrue(r.err().contains("Usage: landcarbon version"), r.err());
    }

    @Test
    void helpForOneCommandPrintsItsUsage() throws Exception {
        Result r = CliHarness.run("help", "version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("Usage: landcarbon version"), r.out());
    }

    @Test
    void aCommandThatHitsABrokenInstallationFailsWithExitOneAndAMessage() {
        Command broken = new Command() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String summary() {
                return "throws what a missing bundle export throws";
            }

            @Override
            public String usage() {
                return "Usage: landcarbon broken";
            }

            @Override
            public int run(List<String> args, PrintStream out, PrintStream err) {
                throw new NoClassDefFoundError("org/landcarbon/model/persistence/StudyFiles");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Dispatcher(List.of(broken)).dispatch(List.of("broken"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("landcarbon broken: org/landcarbon/model/persistence/StudyFiles"));
    }
}
