package org.landcarbon.accounting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.CoefficientEntry;
import org.landcarbon.accounting.CoefficientSetData;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.UnitException;

/** Finds coefficient sets (the study's own first, then the libraries'), applies base chains and overrides. */
final class CoefficientSets {

    private CoefficientSets() {
    }

    static CoefficientSetData fromModel(CoefficientSet set) {
        List<CoefficientEntry> entries = new ArrayList<>();
        for (Coefficient c : set.getEntries()) {
            entries.add(entry(c));
        }
        return new CoefficientSetData(set.getId(), set.getName() == null ? set.getId() : set.getName(), set.getVersion(),
                set.getCitation() == null ? "" : set.getCitation(), set.getDescription(),
                set.getBase() == null || set.getBase().isBlank() ? null : set.getBase(), entries, "study");
    }

    static CoefficientEntry entry(Coefficient c) {
        return new CoefficientEntry(c.getKey(), c.getValue(), c.getUnit(), c.getSource() == null ? "" : c.getSource(),
                c.getNote() == null ? "" : c.getNote(), c.getUncertainty());
    }

    static Optional<CoefficientSetData> find(Study study, List<CoefficientSetData> library, String id) {
        if (study != null) {
            for (CoefficientSet s : study.getCoefficientSets()) {
                if (id.equals(s.getId())) {
                    return Optional.of(fromModel(s));
                }
            }
        }
        return library.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Entries with the base chain applied (base first, then each derived set over it), each tagged with its set. */
    static Map<String, Tagged> resolve(Study study, List<CoefficientSetData> library, String id) throws AccountingException {
        List<CoefficientSetData> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String next = id;
        while (next != null && !next.isBlank()) {
            if (!seen.add(next)) {
                throw new AccountingException("coefficient set " + id + " has a cyclic base chain: " + String.join(" -> ", seen) + " -> " + next);
            }
            String wanted = next;
            CoefficientSetData set = find(study, library, next).orElseThrow(() -> new AccountingException(
                    "no coefficient set " + wanted + (wanted.equals(id) ? "" : " (the base of " + id + ")") + "; available: "
                            + String.join(", ", available(study, library))));
            chain.add(0, set);
            next = set.base();
        }
        Map<String, Tagged> entries = new LinkedHashMap<>();
        for (CoefficientSetData set : chain) {
            for (CoefficientEntry e : set.entries()) {
                entries.put(e.key(), new Tagged(e, "set " + set.id()));
            }
        }
        return entries;
    }

    static List<String> available(Study study, List<CoefficientSetData> library) {
        List<String> ids = new ArrayList<>();
        if (study != null) {
            study.getCoefficientSets().forEach(s -> ids.add(s.getId() + " (study)"));
        }
        library.forEach(s -> ids.add(s.id()));
        return ids;
    }

    record Tagged(CoefficientEntry entry, String origin) {
    }

    /** Set (if any), then the study's overrides, then the scenario's: the last one wins for a key. */
    static Map<String, CoefficientValue> effective(Study study, List<CoefficientSetData> library, String setId, Scenario scenario)
            throws AccountingException {
        Map<String, Tagged> entries = new LinkedHashMap<>();
        if (setId != null && !setId.isBlank()) {
            entries.putAll(resolve(study, library, setId));
        }
        for (Coefficient c : study.getCoefficientOverrides()) {
            entries.put(c.getKey(), new Tagged(entry(c), "study override"));
        }
        if (scenario != null) {
            for (Coefficient c : scenario.getCoefficientOverrides()) {
                entries.put(c.getKey(), new Tagged(entry(c), "scenario " + scenario.getName()));
            }
        }
        Map<String, CoefficientValue> values = new LinkedHashMap<>();
        for (Map.Entry<String, Tagged> e : entries.entrySet()) {
            CoefficientEntry c = e.getValue().entry();
            try {
                values.put(e.getKey(), new CoefficientValue(c.key(), c.quantity(), c.source(), c.note(), e.getValue().origin()));
            } catch (UnitException bad) {
                throw new AccountingException("coefficient " + c.key() + " (" + e.getValue().origin() + "): " + bad.getMessage());
            }
        }
        return values;
    }
}
