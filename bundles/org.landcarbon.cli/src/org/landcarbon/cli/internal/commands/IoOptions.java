package org.landcarbon.cli.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.landcarbon.cli.UsageException;

/** The options and operands of the import, export and template commands: {@code --name value} pairs and plain words. */
final class IoOptions {

    final Map<String, String> options = new LinkedHashMap<>();
    final List<String> operands = new ArrayList<>();

    static IoOptions parse(List<String> args, Set<String> known) throws UsageException {
        IoOptions o = new IoOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a;
                String value;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                } else if (known.contains(a + "!")) {
                    value = "true";
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(a + " needs a value");
                }
                if (!known.contains(name) && !known.contains(name + "!")) {
                    throw new UsageException("unknown option " + name);
                }
                if (o.options.put(name, value) != null) {
                    throw new UsageException(name + " given twice");
                }
            } else {
                o.operands.add(a);
            }
        }
        return o;
    }

    String required(String name) throws UsageException {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("missing " + name);
        }
        return v;
    }

    /** {@code 2005-2019} (or a single year) as {start, end}. */
    static int[] years(String text) throws UsageException {
        String[] parts = text.strip().split("\\s*-\\s*");
        try {
            int start = Integer.parseInt(parts[0]);
            int end = parts.length == 2 ? Integer.parseInt(parts[1]) : start;
            if (parts.length > 2 || start > end || start < 1900 || end > 2100) {
                throw new NumberFormatException();
            }
            return new int[] { start, end };
        } catch (NumberFormatException e) {
            throw new UsageException("--years must be FROM-TO within 1900-2100, e.g. 2005-2019; got '" + text + "'");
        }
    }
}
