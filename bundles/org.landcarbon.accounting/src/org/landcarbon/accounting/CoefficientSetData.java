package org.landcarbon.accounting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named set of coefficients with its citation. A set may name a {@code base} set: entries it does not give
 * are taken from the base, so an alternative from the literature lists only what it changes.
 *
 * @param origin where the set was read from (bundle and file, or "study"), for messages
 */
public record CoefficientSetData(String id, String name, String version, String citation, String description, String base,
        List<CoefficientEntry> entries, String origin) {

    public CoefficientSetData {
        entries = List.copyOf(entries);
    }

    /** Entries by key, in file order. */
    public Map<String, CoefficientEntry> byKey() {
        Map<String, CoefficientEntry> map = new LinkedHashMap<>();
        for (CoefficientEntry e : entries) {
            map.put(e.key(), e);
        }
        return map;
    }
}
