package org.landcarbon.accounting;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How to account a study.
 *
 * @param scenario name of a scenario of the study whose series and coefficient overrides apply, or null
 * @param coefficientSetId a coefficient set to use instead of the study's own choice, or null
 * @param notApplicable components that do not apply in this run, besides the study's own {@code notApplicable}
 */
public record AccountOptions(String scenario, String coefficientSetId, Set<String> notApplicable) {

    public static final AccountOptions DEFAULT = new AccountOptions(null, null);

    public AccountOptions {
        notApplicable = notApplicable == null ? Set.of() : Set.copyOf(notApplicable);
    }

    public AccountOptions(String scenario, String coefficientSetId) {
        this(scenario, coefficientSetId, Set.of());
    }

    public AccountOptions withScenario(String name) {
        return new AccountOptions(name, coefficientSetId, notApplicable);
    }

    public AccountOptions withCoefficientSet(String id) {
        return new AccountOptions(scenario, id, notApplicable);
    }

    public AccountOptions withNotApplicable(Set<String> components) {
        Set<String> all = new LinkedHashSet<>(notApplicable);
        all.addAll(components);
        return new AccountOptions(scenario, coefficientSetId, all);
    }
}
