package org.landcarbon.analysis.result;

import java.util.List;
import java.util.regex.Pattern;

/** Argument checks shared by the result records. */
final class Items {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Items() {
    }

    static String key(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("result key '" + key + "' must be letters, digits and '_'");
        }
        return key;
    }

    static String text(String s, String fallback) {
        return s == null || s.isEmpty() ? fallback : s;
    }

    static void checkShape(String key, double[][] values, int rows, int columns) {
        if (values.length != rows) {
            throw new IllegalArgumentException(key + ": " + values.length + " rows of values for " + rows + " row labels");
        }
        for (double[] row : values) {
            if (row.length != columns) {
                throw new IllegalArgumentException(key + ": a row has " + row.length + " values for " + columns + " columns");
            }
        }
    }

    static int indexOf(String key, List<String> labels, String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException(key + " has no '" + label + "'");
        }
        return i;
    }
}
