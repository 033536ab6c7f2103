package org.landcarbon.analysis.grey.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;

import org.landcarbon.analysis.DataTable;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Reads a column of a CSV in this fragment's testdata/ (comment lines start with #). */
final class TestData {

    record YearSeries(int[] years, double[] values) {
        DataTable table(String name) {
            return DataTable.yearly("table5-emissions-by-land-type.csv", years, name, "10^4 t C", values);
        }
    }

    private TestData() {
    }

    static YearSeries column(String file, String column) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(TestData.class);
        Enumeration<URL> found = bundle.findEntries("testdata", file, false);
        if (found == null || !found.hasMoreElements()) {
            throw new IOException("testdata/" + file + " not found in " + bundle.getSymbolicName());
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(found.nextElement().openStream(), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(lines::add);
        }
        int col = Arrays.asList(lines.get(0).split(",")).indexOf(column);
        if (col < 0) {
            throw new IOException(file + " has no column " + column);
        }
        int n = lines.size() - 1;
        int[] years = new int[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            years[i] = Integer.parseInt(f[0]);
            values[i] = Double.parseDouble(f[col]);
        }
        return new YearSeries(years, values);
    }
}
