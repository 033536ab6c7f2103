package org.landcarbon.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The arguments and exit codes of the class-path launcher (the start itself: releng/scripts/launcher-test.sh). */
class MainTest {

    @Test
    void installBecomesTheInstallAreaAndTheRestGoesToTheFrameworkInOrder() {
        Main.Arguments a = Main.Arguments.of(new String[] { "-install", "file:/opt/lc/", "-configuration", "file:/opt/lc/configuration-cli/",
                "-data", "@noDefault", "-application", "org.landcarbon.cli.app", "report", "s.landcarbon", "-o", "r.docx" });
        assertEquals("file:/opt/lc/", a.installArea());
        assertEquals(List.of("-configuration", "file:/opt/lc/configuration-cli/", "-data", "@noDefault", "-application",
                "org.landcarbon.cli.app", "report", "s.landcarbon", "-o", "r.docx"), a.framework());
    }

    @Test
    void noSplashIsTheLaunchersOwnAndDropped() {
        Main.Arguments a = Main.Arguments.of(new String[] { "-noSplash", "-application", "x", "-nosplash", "version" });
        assertNull(a.installArea());
        assertEquals(List.of("-application", "x", "version"), a.framework());
    }

    @Test
    void aTrailingInstallWithoutValueIsLeftToTheFramework() {
        assertEquals(List.of("help", "-install"), Main.Arguments.of(new String[] { "help", "-install" }).framework());
    }

    @Test
    void theApplicationsIntegerIsTheExitCodeAndAnythingElseIsAFailedStart() {
        assertEquals(0, Main.exitCode(Integer.valueOf(0), null));
        assertEquals(4, Main.exitCode(Integer.valueOf(4), null));
        assertEquals(Main.START_FAILED, Main.exitCode(null, "file:/tmp/c/"));
        assertEquals(Main.START_FAILED, Main.exitCode("not an int", null));
    }
}
