package org.landcarbon.scenarios.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.Figure;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.MethodChoice;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.landcarbon.scenarios.AccountPath;
import org.landcarbon.scenarios.ProjectedStudy;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.landcarbon.scenarios.YearSeries;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The account of the accounting bundle, run on a projected study for every year to the horizon.
 * A component the scenario projects from its reported history ({@code reported.<component>}) is
 * taken by the {@code reported} method, which then finds the projected years too.
 */
@Component(service = ScenarioAccounting.class)
public final class AccountingScenarioAccounting implements ScenarioAccounting {

    /** The id of the accounting bundle's method that takes a component from reported values. */
    static final String REPORTED_METHOD = "reported";

    @Reference
    private AccountingService service;

    public AccountingScenarioAccounting() {
    }

    /** For use without a framework (tests, the sample generator). */
    public AccountingScenarioAccounting(AccountingService service) {
        this.service = service;
    }

    @Override
    public AccountPath account(ProjectedStudy projection) throws Exception {
        Study study = projection.study();
        for (String component : projection.components().keySet()) {
            if (Components.isTotal(component)) {
                continue; // totals are the account's own sums, never a method's component
            }
            if (study.getMethodChoices().stream().noneMatch(c -> component.equals(c.getComponent()))) {
                MethodChoice choice = LandCarbonFactory.eINSTANCE.createMethodChoice();
                choice.setComponent(component);
                choice.setMethodId(REPORTED_METHOD);
                study.getMethodChoices().add(choice);
            }
        }
        Account account = service.account(study, AccountOptions.DEFAULT);
        String unitText = study.getDisplayUnits() == null || study.getDisplayUnits().getCarbon() == null ? "10^4 t C"
                : study.getDisplayUnits().getCarbon();
        Unit unit = Unit.parse(unitText);
        Map<String, TreeMap<Integer, Double>> columns = new LinkedHashMap<>();
        for (int year : account.years()) {
            for (String id : account.components()) {
                put(columns, id, year, account.value(year, id), unit, projection);
            }
            for (String id : Components.TOTALS) {
                put(columns, id, year, account.value(year, id), unit, projection);
            }
        }
        Map<String, YearSeries> components = new LinkedHashMap<>();
        for (String id : account.components()) {
            components.put(id, YearSeries.of(columns.get(id)));
        }
        return new AccountPath(unitText, YearSeries.of(columns.get(Components.NET)),
                YearSeries.of(columns.get(Components.SOURCES_TOTAL)), YearSeries.of(columns.get(Components.SINKS_TOTAL)),
                components);
    }

    private static void put(Map<String, TreeMap<Integer, Double>> columns, String id, int year, Figure figure, Unit unit,
            ProjectedStudy projection) {
        if (!figure.isPresent()) {
            throw new IllegalStateException("scenario '" + projection.scenario().getName() + "': " + figure.reason()
                    + " (a component the study cannot compute can come from its reported values, projected by a rule on "
                    + ProjectedStudy.REPORTED_PREFIX + "<component>)");
        }
        columns.computeIfAbsent(id, k -> new TreeMap<>()).put(year, Account.express(figure.value(), unit).value());
    }
}
