package org.landcarbon.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.plugins.internal.PluginState;
import org.landcarbon.plugins.internal.PluginState.Entry;

class PluginStateTest {

    @TempDir
    Path tmp;

    @Test
    void putReplacesByFeatureAndRemoveForgets() throws IOException {
        PluginState state = new PluginState(tmp.resolve("plugins"));
        assertEquals(List.of(), state.read());
        state.put(new Entry("org.a", "1.0.0", "file:/a/"));
        state.put(new Entry("org.b", "2.0.0", "https://example.org/site"));
        state.put(new Entry("org.a", "1.1.0", "file:/a2/"));
        assertEquals(List.of(new Entry("org.a", "1.1.0", "file:/a2/"), new Entry("org.b", "2.0.0", "https://example.org/site")),
                state.read());
        assertTrue(state.remove("org.a"));
        assertFalse(state.remove("org.a"));
        assertEquals(List.of(new Entry("org.b", "2.0.0", "https://example.org/site")), state.read());
    }

    @Test
    void aDamagedLineNamesFileAndLine() throws IOException {
        PluginState state = new PluginState(tmp);
        Files.writeString(state.file(), "# comment\norg.a\t1.0.0\tfile:/a/\nbroken line\n");
        IOException e = assertThrows(IOException.class, state::read);
        assertEquals(state.file() + " line 3: expected 'feature<TAB>version<TAB>origin', got 'broken line'", e.getMessage());
    }

    @Test
    void markAppliedCopiesTheRecordAndRemovesAStaleMarker() throws IOException {
        PluginState state = new PluginState(tmp.resolve("plugins"));
        Path marker = tmp.resolve("product/p2/org.landcarbon.plugins.applied");
        state.put(new Entry("org.a", "1.0.0", "file:/a/"));
        state.markApplied(marker);
        assertEquals(Files.readString(state.file()), Files.readString(marker));
        state.remove("org.a");
        Files.delete(state.file());
        state.markApplied(marker);
        assertFalse(Files.exists(marker));
    }
}
