package org.landcarbon.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.Study;

/**
 * The coefficients a study works with as the user sees them: the entries of the set it uses, with
 * the study's own overrides in place of the entries they override.
 */
public final class StudyCoefficients {

    private StudyCoefficients() {
    }

    /** The study's own set named by {@code coefficientSetId}, else its first set, else null. */
    public static CoefficientSet activeSet(Study study) {
        String id = study.getCoefficientSetId();
        for (CoefficientSet set : study.getCoefficientSets()) {
            if (id != null && id.equals(set.getId())) {
                return set;
            }
        }
        return study.getCoefficientSets().isEmpty() ? null : study.getCoefficientSets().get(0);
    }

    /** Overrides first (in their order), then the set's entries that no override replaces. */
    public static List<Coefficient> effective(Study study) {
        List<Coefficient> out = new ArrayList<>(study.getCoefficientOverrides());
        Set<String> overridden = new HashSet<>();
        for (Coefficient c : study.getCoefficientOverrides()) {
            overridden.add(c.getKey());
        }
        CoefficientSet set = activeSet(study);
        if (set != null) {
            for (Coefficient c : set.getEntries()) {
                if (!overridden.contains(c.getKey())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    public static boolean isOverride(Study study, Coefficient c) {
        return study.getCoefficientOverrides().contains(c);
    }

    /** The set entry an override replaces, or null. */
    public static Coefficient overridden(Study study, Coefficient override) {
        CoefficientSet set = activeSet(study);
        if (set == null) {
            return null;
        }
        for (Coefficient c : set.getEntries()) {
            if (c.getKey().equals(override.getKey())) {
                return c;
            }
        }
        return null;
    }
}
