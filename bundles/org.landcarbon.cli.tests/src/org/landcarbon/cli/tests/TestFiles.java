package org.landcarbon.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Copies a file of this fragment's testdata/ to a directory, so that the command line reads it from disk. */
final class TestFiles {

    private TestFiles() {
    }

    static Path copy(String name, Path dir) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(TestFiles.class);
        Enumeration<URL> found = bundle.findEntries("testdata", name, false);
        if (found == null || !found.hasMoreElements()) {
            throw new IOException("testdata/" + name + " not found");
        }
        Path target = dir.resolve(name);
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, target);
        }
        return target;
    }
}
