package org.landcarbon.accounting.internal.methods;

import java.util.List;

import org.landcarbon.accounting.AccountingContext;
import org.landcarbon.accounting.AccountingMethod;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.MissingInputException;
import org.landcarbon.accounting.Requirements;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.UnitException;
import org.landcarbon.model.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * Construction-land emission by the energy-intensity method of the seed paper (after Wang Guibo and Nan Ling):
 * {@code Ec = H x K x (GDP2 + GDP3)}, H energy use per unit GDP, K carbon per standard coal.
 */
@Component(service = AccountingMethod.class)
public final class ConstructionEnergyIntensityMethod extends ConstructionMethod {

    public static final String ID = "construction.energy_intensity";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Construction land: energy intensity x coal factor x (GDP secondary + tertiary)";
    }

    @Override
    public String formula() {
        return "Ec = energy_intensity x construction.coal_factor x (gdp.secondary + gdp.tertiary)";
    }

    @Override
    public Requirements requirements(String component, AccountingContext context) {
        return new Requirements(List.of("energy_intensity", "gdp.secondary", "gdp.tertiary"), List.of("construction.coal_factor"));
    }

    /** The seed paper's method: the default for construction land. */
    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Quantity compute(String component, int year, AccountingContext context, Trail.Builder trail) throws MissingInputException {
        SeriesInput h = trail.input(context.require("energy_intensity", year));
        SeriesInput gdp2 = trail.input(context.require("gdp.secondary", year));
        SeriesInput gdp3 = trail.input(context.require("gdp.tertiary", year));
        CoefficientValue k = trail.coefficient(context.requireCoefficient("construction.coal_factor"));
        Quantity gdp = gdp2.quantity().plus(gdp3.quantity());
        Quantity energy = h.quantity().times(gdp);
        Quantity carbon = energy.times(k.quantity());
        try {
            carbon = carbon.to(Units.T_C);
        } catch (UnitException e) {
            throw new UnitException("energy_intensity (" + h.quantity().unit() + ") x GDP (" + gdp.unit() + ") x construction.coal_factor ("
                    + k.quantity().unit() + ") gives " + carbon.unit() + " (" + carbon.unit().dimension() + "), not an amount of carbon");
        }
        trail.step("gdp.secondary + gdp.tertiary = " + Terms.q(gdp2.quantity()) + " + " + Terms.q(gdp3.quantity()) + " = " + Terms.q(gdp));
        trail.step("energy = energy_intensity " + Terms.q(h.quantity()) + " x " + Terms.q(gdp) + " = "
                + Terms.q(energy));
        trail.step("x construction.coal_factor " + Terms.q(k.quantity()) + " = " + Terms.carbon(carbon, context));
        return carbon;
    }
}
