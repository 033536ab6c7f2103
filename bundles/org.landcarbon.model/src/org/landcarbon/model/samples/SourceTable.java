package org.landcarbon.model.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the committed source tables of the samples (samples/source/*.csv): '#' comment lines, a header,
 * comma-separated fields with optional double quotes. Only for these known files; user data goes through the
 * import bundle and its CSV library.
 */
final class SourceTable {

    private final String name;
    private final List<Map<String, String>> rows = new ArrayList<>();

    private SourceTable(String name) {
        this.name = name;
    }

    static SourceTable read(String name, Reader reader) throws IOException {
        SourceTable table = new SourceTable(name);
        List<String> header = null;
        try (BufferedReader in = new BufferedReader(reader)) {
            for (String line; (line = in.readLine()) != null;) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line);
                if (header == null) {
                    header = fields;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
                }
                table.rows.add(row);
            }
        }
        return table;
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    String name() {
        return name;
    }

    static double number(SourceTable table, Map<String, String> row, String column) {
        String text = row.get(column);
        try {
            return Double.parseDouble(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(table.name + ": column " + column + " of row " + row + " is not a number: " + text, e);
        }
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
