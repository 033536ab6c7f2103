package org.landcarbon.model.tests.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The samples and their source tables as the model bundle ships them. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static Bundle modelBundle() {
        return FrameworkUtil.getBundle(SampleStudies.class);
    }

    public static byte[] bytes(String entry) throws IOException {
        URL url = modelBundle().getEntry(entry);
        if (url == null) {
            throw new IOException("the model bundle does not ship " + entry + " (build.properties bin.includes)");
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    public static SampleStudies.Sources sources() {
        return file -> new InputStreamReader(new java.io.ByteArrayInputStream(bytes("samples/source/" + file)), StandardCharsets.UTF_8);
    }

    /** Loads a shipped sample through a file, as a user would. */
    public static Study load(String name, Path dir) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes("samples/" + name));
        return StudyFiles.load(file);
    }
}
