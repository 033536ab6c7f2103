package org.landcarbon.accounting.internal.methods;

import java.util.List;
import java.util.Set;

import org.landcarbon.accounting.AccountingContext;
import org.landcarbon.accounting.AccountingMethod;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.MissingInputException;
import org.landcarbon.accounting.Requirements;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * Agricultural-land emission from farming inputs (seed paper, formula for Ef):
 * {@code Ef = G1*A + G2*B + G3*C + G4*D + G5*E}, fertilizer, sown area, machinery power, irrigated area and
 * plastic film times their coefficients.
 */
@Component(service = AccountingMethod.class)
public final class AgriculturalInputsMethod implements AccountingMethod {

    public static final String ID = "agricultural_land.inputs";

    /** Series and coefficient of each term, in the order of the formula. */
    static final List<String> INPUTS = List.of("fertilizer", "sown_area", "machinery_power", "irrigated_area", "plastic_film");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Agricultural land: emission from farming inputs";
    }

    @Override
    public String formula() {
        return "Ef = fertilizer x agri.fertilizer + sown area x agri.sown_area + machinery power x agri.machinery_power"
                + " + irrigated area x agri.irrigated_area + plastic film x agri.plastic_film";
    }

    @Override
    public Set<String> components(AccountingContext context) {
        return Set.of(Components.AGRICULTURAL_LAND);
    }

    @Override
    public ComponentKind kind(String component) {
        return ComponentKind.SOURCE;
    }

    @Override
    public Requirements requirements(String component, AccountingContext context) {
        return new Requirements(INPUTS.stream().map(i -> "activity." + i).toList(), INPUTS.stream().map(i -> "agri." + i).toList());
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Quantity compute(String component, int year, AccountingContext context, Trail.Builder trail) throws MissingInputException {
        Quantity total = new Quantity(0, Units.T_C);
        for (String input : INPUTS) {
            SeriesInput in = trail.input(context.require("activity." + input, year));
            CoefficientValue k = trail.coefficient(context.requireCoefficient("agri." + input));
            Quantity term = Terms.carbon(in, k);
            trail.step(Terms.step(in, k, term, context));
            total = total.plus(term);
        }
        trail.step("sum of the five terms = " + Terms.carbon(total, context));
        return total;
    }
}
