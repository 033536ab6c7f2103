package org.landcarbon.examples.extending;

import java.util.List;
import java.util.Set;

import org.landcarbon.accounting.AccountingContext;
import org.landcarbon.accounting.AccountingMethod;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.MissingInputException;
import org.landcarbon.accounting.Requirements;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.units.Quantity;
import org.osgi.service.component.annotations.Component;

// docs/extending.md, "An accounting method": ExtendingExamplesTest keeps the guide and this file equal.
@Component(service = AccountingMethod.class)
public final class PeatlandMethod implements AccountingMethod {
    public String id() { return "yourinst.peatland"; }
    public String name() { return "peatland drainage emission"; }
    public String formula() { return "E = area.peatland x source.peatland_drainage"; }
    public Set<String> components(AccountingContext c) { return Set.of("peatland"); }
    public ComponentKind kind(String component) { return ComponentKind.SOURCE; }
    public Requirements requirements(String component, AccountingContext c) {
        return new Requirements(List.of("area.peatland"), List.of("source.peatland_drainage"));
    }
    public Quantity compute(String component, int year, AccountingContext c, Trail.Builder trail)
            throws MissingInputException {
        SeriesInput area = trail.input(c.require("area.peatland", year));
        CoefficientValue factor = trail.coefficient(c.requireCoefficient("source.peatland_drainage"));
        // t C/(hm2 a) x hm2 is a rate: over one year it is an amount of carbon
        Quantity emission = area.quantity().times(factor.quantity()).times(Quantity.of(1, "a")).to("t C");
        trail.step("area.peatland " + Trail.quantity(area.quantity()) + " x source.peatland_drainage "
                + Trail.quantity(factor.quantity()) + " x 1 a = " + Trail.quantity(emission));
        return emission;
    }
}
