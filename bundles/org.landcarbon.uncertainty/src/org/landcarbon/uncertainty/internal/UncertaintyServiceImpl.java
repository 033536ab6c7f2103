package org.landcarbon.uncertainty.internal;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingException;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.uncertainty.SeriesPaths;
import org.landcarbon.uncertainty.UncertaintyModel;
import org.landcarbon.uncertainty.UncertaintyService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Builds the uncertainty model of an account from the accounting service's account and trails. */
@Component(service = UncertaintyService.class)
public final class UncertaintyServiceImpl implements UncertaintyService {

    private volatile AccountingService accounting;

    public UncertaintyServiceImpl() {
    }

    /** For use without OSGi (benchmarks). */
    public UncertaintyServiceImpl(AccountingService accounting) {
        this.accounting = accounting;
    }

    @Reference
    public void setAccounting(AccountingService accounting) {
        this.accounting = accounting;
    }

    @Override
    public UncertaintyModel model(Study study, AccountOptions options, SeriesPaths paths) throws AccountingException {
        Account account = accounting.account(study, options);
        Scenario scenario = null;
        if (options.scenario() != null) {
            scenario = study.getScenarios().stream().filter(s -> options.scenario().equals(s.getName())).findFirst().orElse(null);
        }
        return new AccountModel(accounting, study, account, scenario, paths);
    }
}
