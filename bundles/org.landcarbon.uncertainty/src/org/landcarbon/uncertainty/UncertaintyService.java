package org.landcarbon.uncertainty;

import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingException;
import org.landcarbon.model.Study;

/**
 * Uncertainty of a study's account: the model of the account as a function of its uncertain inputs, from
 * which {@link Propagation}, {@link MonteCarlo} and {@link Sensitivity} work. Obtain it as an OSGi service.
 */
public interface UncertaintyService {

    /**
     * The account of the study with the inputs that carry a range: coefficients with an uncertainty (study
     * override, scenario override, the study's own set, or the bundled ranges of a shipped set) and series with
     * one. Refuses impossible parameters naming the coefficient or series.
     */
    default UncertaintyModel model(Study study, AccountOptions options) throws AccountingException {
        return model(study, options, SeriesPaths.SCALED);
    }

    /** As {@link #model(Study, AccountOptions)}, with the series' values per draw given by {@code paths}. */
    UncertaintyModel model(Study study, AccountOptions options, SeriesPaths paths) throws AccountingException;

    default UncertainAccount propagate(Study study, AccountOptions options) throws AccountingException {
        return Propagation.account(model(study, options));
    }

    default UncertainAccount monteCarlo(Study study, AccountOptions options, int draws, long seed) throws AccountingException {
        return MonteCarlo.account(model(study, options), draws, seed);
    }
}
