package org.landcarbon.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers references in order of first citation; the same text cited twice keeps its number. */
final class Citations {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** "[n]" for a source text, or "" for a blank one (nothing to cite). */
    String cite(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        String key = source.strip();
        return "[" + numbers.computeIfAbsent(key, k -> numbers.size() + 1) + "]";
    }

    List<String> entries() {
        return new ArrayList<>(numbers.keySet());
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }
}
