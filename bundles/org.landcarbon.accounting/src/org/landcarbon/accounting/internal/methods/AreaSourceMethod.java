package org.landcarbon.accounting.internal.methods;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

/**
 * Direct-area source of a land class: {@code E_i = area.<class> x source.<class>}, the coefficient an emission
 * per area and year written positive (many papers give construction land or cropland such a coefficient in
 * t C/(hm2 a)). Offered for every class that has a {@code source.<class>} coefficient and is in the study.
 */
@Component(service = AccountingMethod.class)
public final class AreaSourceMethod implements AccountingMethod {

    public static final String ID = "source.area";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Area-based source: land area x emission coefficient";
    }

    @Override
    public String formula() {
        return "E_i = area.<class> x source.<class>, coefficients positive for emission";
    }

    @Override
    public Set<String> components(AccountingContext context) {
        Set<String> classes = new TreeSet<>();
        for (String key : context.coefficientKeys()) {
            if (key.startsWith("source.")) {
                String c = key.substring("source.".length());
                if (context.landClasses().contains(c) || context.seriesIds().contains("area." + c)) {
                    classes.add(c);
                }
            }
        }
        return classes;
    }

    @Override
    public ComponentKind kind(String component) {
        return ComponentKind.SOURCE;
    }

    @Override
    public Requirements requirements(String component, AccountingContext context) {
        return new Requirements(List.of("area." + component), List.of("source." + component));
    }

    @Override
    public Quantity compute(String component, int year, AccountingContext context, Trail.Builder trail) throws MissingInputException {
        SeriesInput area = trail.input(context.require("area." + component, year));
        CoefficientValue rate = trail.coefficient(context.requireCoefficient("source." + component));
        Quantity emission = Terms.carbon(area, rate);
        trail.step(Terms.step(area, rate, emission, context) + " (positive = emission)");
        return emission;
    }
}
