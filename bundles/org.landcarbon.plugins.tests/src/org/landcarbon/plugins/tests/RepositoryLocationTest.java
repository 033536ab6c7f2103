package org.landcarbon.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.plugins.internal.PluginException;
import org.landcarbon.plugins.internal.RepositoryLocation;

class RepositoryLocationTest {

    @TempDir
    Path tmp;

    @Test
    void folderZipAndUrls() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path zip = Files.writeString(tmp.resolve("site.zip"), "zip");
        assertEquals(site.toUri(), RepositoryLocation.parse("site", tmp));
        assertEquals(site.toUri(), RepositoryLocation.parse(site.toUri().toString(), Path.of("/")));
        assertEquals(URI.create("jar:" + zip.toUri() + "!/"), RepositoryLocation.parse(zip.toString(), Path.of("/")));
        assertEquals(URI.create("https://plugins.example.org/landcarbon/"),
                RepositoryLocation.parse("https://plugins.example.org/landcarbon/", tmp));
    }

    @Test
    void missingPathAndNonZipFileAreRefused() throws Exception {
        PluginException missing = assertThrows(PluginException.class, () -> RepositoryLocation.parse("nope", tmp));
        assertEquals("--repository " + tmp.resolve("nope") + " does not exist", missing.getMessage());
        Files.writeString(tmp.resolve("notes.txt"), "x");
        PluginException text = assertThrows(PluginException.class, () -> RepositoryLocation.parse("notes.txt", tmp));
        assertEquals("--repository " + tmp.resolve("notes.txt") + " is a file but not a .zip archive of a p2 repository",
                text.getMessage());
    }
}
