package org.landcarbon.accounting.internal.methods;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.landcarbon.accounting.AccountingContext;
import org.landcarbon.accounting.AccountingMethod;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.MissingInputException;
import org.landcarbon.accounting.ReportedFigure;
import org.landcarbon.accounting.Requirements;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.units.BaseDimension;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * Takes a component from the study's reported figures, when the study's MethodChoice says so. Never chosen by
 * default; its values are marked REPORTED in the account, never mixed up with computed ones.
 */
@Component(service = AccountingMethod.class)
public final class ReportedValueMethod implements AccountingMethod {

    public static final String ID = "reported";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Reported value (taken from the publication, not computed)";
    }

    @Override
    public String formula() {
        return "the figure the study's source reported for this component and year";
    }

    @Override
    public Set<String> components(AccountingContext context) {
        Set<String> components = new TreeSet<>();
        for (ReportedValue r : context.study().getReportedValues()) {
            if (r.getComponent() != null && !Components.isTotal(r.getComponent())) {
                components.add(r.getComponent());
            }
        }
        return components;
    }

    @Override
    public ComponentKind kind(String component) {
        return Components.CONSTRUCTION.equals(component) || Components.AGRICULTURAL_LAND.equals(component) ? ComponentKind.SOURCE
                : ComponentKind.SINK;
    }

    @Override
    public Requirements requirements(String component, AccountingContext context) {
        return new Requirements(List.of(), List.of());
    }

    @Override
    public boolean automatic() {
        return false;
    }

    @Override
    public boolean reportsValues() {
        return true;
    }

    @Override
    public Quantity compute(String component, int year, AccountingContext context, Trail.Builder trail) throws MissingInputException {
        ReportedFigure figure = context.reported(component, year)
                .orElseThrow(() -> new MissingInputException("no reported value of " + component + " for " + year));
        trail.reported(figure);
        trail.step("reported " + Terms.q(figure.quantity()) + (figure.source().isBlank() ? "" : " (" + figure.source() + ")"));
        Quantity q = figure.quantity();
        if (q.unit().dimension().exponent(BaseDimension.CO2) == 1) {
            q = Units.co2ToCarbon(q);
            trail.step("reported in CO2: x 12/44 = " + Terms.q(q));
        }
        return q;
    }
}
