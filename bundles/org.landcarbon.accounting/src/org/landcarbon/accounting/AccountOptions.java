package org.landcarbon.accounting;

/**
 * How to account a study.
 *
 * @param scenario name of a scenario of the study whose series and coefficient overrides apply, or null
 * @param coefficientSetId a coefficient set to use instead of the study's own choice, or null
 */
public record AccountOptions(String scenario, String coefficientSetId) {

    public static final AccountOptions DEFAULT = new AccountOptions(null, null);

    public AccountOptions withScenario(String name) {
        return new AccountOptions(name, coefficientSetId);
    }

    public AccountOptions withCoefficientSet(String id) {
        return new AccountOptions(scenario, id);
    }
}
