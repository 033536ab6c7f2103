package org.landcarbon.scenarios;

/**
 * Runs the account for every year of a projected study. The implementation is the accounting
 * bundle's account; this seam keeps the comparison independent of how the account is computed.
 */
public interface ScenarioAccounting {

    AccountPath account(ProjectedStudy projection) throws Exception;
}
