package org.landcarbon.analysis.result;

import java.util.List;

/** Argument checks shared by the result records. */
final class Items {

    private Items() {
    }

    static String key(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("result key '" + key + "' must be letters, digits and '_'");
        }
        return key;
    }

    /** [A-Za-z][A-Za-z0-9_]*, without a regex: every result item of every region checks its key. */
    private static boolean isKey(String key) {
        if (key == null || key.isEmpty() || !letter(key.charAt(0))) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!letter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean letter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
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
