package org.landcarbon.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;

import org.landcarbon.spatial.GeoTiffRaster;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The synthetic rasters and counties shipped in org.landcarbon.spatial's samples/, copied out for a test. */
final class SpatialSamples {

    private SpatialSamples() {
    }

    static Path copy(String name, Path dir) throws IOException {
        Bundle spatial = FrameworkUtil.getBundle(GeoTiffRaster.class);
        Enumeration<URL> found = spatial.findEntries("samples", name, false);
        if (found == null || !found.hasMoreElements()) {
            throw new IOException("samples/" + name + " not found in " + spatial.getSymbolicName());
        }
        Path target = dir.resolve(name);
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
