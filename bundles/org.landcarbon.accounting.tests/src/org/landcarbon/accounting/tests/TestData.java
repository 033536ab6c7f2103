package org.landcarbon.accounting.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.FrameworkUtil;

/** Files of the fragment's testdata/ folder. */
final class TestData {

    private TestData() {
    }

    static URL url(String name) {
        // the host's findEntries also searches attached fragments (getEntry would not)
        java.util.Enumeration<URL> found = FrameworkUtil.getBundle(TestData.class).findEntries("testdata", name, false);
        URL url = found != null && found.hasMoreElements() ? found.nextElement() : null;
        if (url == null) {
            throw new IllegalStateException("testdata/" + name + " not found in the test fragment");
        }
        return url;
    }

    /** Rows of a simple CSV (no quoted commas), without comment lines and the header. */
    static List<String[]> csvRows(String name) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(url(name).openStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }
}
