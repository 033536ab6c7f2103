package org.landcarbon.accounting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What changes between two coefficient sets (both with their base sets resolved). */
public record CoefficientSetDiff(String fromId, String toId, List<Change> changes) {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /** One key that differs; {@code from} or {@code to} is null when the key is only in one set. */
    public record Change(String key, Kind kind, CoefficientEntry from, CoefficientEntry to) {
    }

    public static CoefficientSetDiff between(String fromId, Map<String, CoefficientEntry> from, String toId,
            Map<String, CoefficientEntry> to) {
        Set<String> keys = new LinkedHashSet<>(from.keySet());
        keys.addAll(to.keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            CoefficientEntry a = from.get(key);
            CoefficientEntry b = to.get(key);
            if (a == null) {
                changes.add(new Change(key, Kind.ADDED, null, b));
            } else if (b == null) {
                changes.add(new Change(key, Kind.REMOVED, a, null));
            } else if (Double.compare(a.value(), b.value()) != 0 || !a.quantity().unit().equals(b.quantity().unit())
                    || !a.source().equals(b.source())) {
                changes.add(new Change(key, Kind.CHANGED, a, b));
            }
        }
        return new CoefficientSetDiff(fromId, toId, changes);
    }

    /** Keys whose value or unit differs (a changed citation alone does not change a number). */
    public Set<String> keysWithDifferentValues() {
        Set<String> keys = new LinkedHashSet<>();
        for (Change c : changes) {
            if (c.kind() != Kind.CHANGED || Double.compare(c.from().value(), c.to().value()) != 0
                    || !c.from().quantity().unit().equals(c.to().quantity().unit())) {
                keys.add(c.key());
            }
        }
        return keys;
    }
}
