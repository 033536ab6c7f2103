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
 * Area-based sink of a land class: {@code C_i = -(G_i x f_i)}, G_i the area ({@code area.<class>}), f_i the rate
 * {@code sink.<class>} written negative for absorption as the seed paper does; the account stores absorption
 * as a positive amount. Offered for every class that has a rate and is in the study (as a land class or an
 * area series).
 */
@Component(service = AccountingMethod.class)
public final class AreaSinkMethod implements AccountingMethod {

    public static final String ID = "sink.area";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Area-based sink: land area x absorption rate";
    }

    @Override
    public String formula() {
        return "C_i = -(area.<class> x sink.<class>), sink rates negative for absorption";
    }

    @Override
    public Set<String> components(AccountingContext context) {
        Set<String> classes = new TreeSet<>();
        for (String key : context.coefficientKeys()) {
            if (key.startsWith("sink.")) {
                String c = key.substring("sink.".length());
                if (context.landClasses().contains(c) || context.seriesIds().contains("area." + c)) {
                    classes.add(c);
                }
            }
        }
        return classes;
    }

    @Override
    public ComponentKind kind(String component) {
        return ComponentKind.SINK;
    }

    @Override
    public Requirements requirements(String component, AccountingContext context) {
        return new Requirements(List.of("area." + component), List.of("sink." + component));
    }

    @Override
    public Quantity compute(String component, int year, AccountingContext context, Trail.Builder trail) throws MissingInputException {
        SeriesInput area = trail.input(context.require("area." + component, year));
        CoefficientValue rate = trail.coefficient(context.requireCoefficient("sink." + component));
        Quantity emission = Terms.carbon(area, rate);
        Quantity absorption = emission.negate();
        trail.step(Terms.step(area, rate, emission, context) + " (negative = absorption)");
        return absorption;
    }
}
