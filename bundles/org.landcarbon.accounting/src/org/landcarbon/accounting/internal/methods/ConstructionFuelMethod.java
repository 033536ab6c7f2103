package org.landcarbon.accounting.internal.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.landcarbon.accounting.AccountingContext;
import org.landcarbon.accounting.AccountingMethod;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.MissingInputException;
import org.landcarbon.accounting.Requirements;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * Construction-land emission from final energy use by fuel: {@code Ec = sum_f E_f x F_f}, E_f the study's
 * {@code energy.<fuel>} series, F_f the coefficient {@code fuel.<fuel>.factor} (carbon per unit of the fuel), or
 * the product {@code fuel.<fuel>.ncv x fuel.<fuel>.carbon_content x fuel.<fuel>.oxidation} (energy per unit of
 * fuel x carbon per energy x oxidised share). Every fuel the study lists must have a factor:
 * a fuel without one makes the component missing rather than silently dropped.
 */
@Component(service = AccountingMethod.class)
public final class ConstructionFuelMethod extends ConstructionMethod {

    public static final String ID = "construction.fuel";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Construction land: energy use by fuel x per-fuel carbon factors";
    }

    @Override
    public String formula() {
        return "Ec = sum over fuels f of energy.<f> x fuel.<f>.factor";
    }

    @Override
    public Requirements requirements(String component, AccountingContext context) {
        List<String> fuels = fuels(context);
        return new Requirements(fuels.stream().map(f -> "energy." + f).toList(),
                fuels.stream().map(f -> "fuel." + f + ".factor (or fuel." + f + ".ncv x fuel." + f + ".carbon_content [x fuel." + f + ".oxidation])").toList());
    }

    @Override
    public Optional<String> unavailable(String component, AccountingContext context) {
        return fuels(context).isEmpty() ? Optional.of("the study has no energy.<fuel> series") : Optional.empty();
    }

    /** The alternative to the energy-intensity method: used when the study chooses it. */
    @Override
    public int priority() {
        return 5;
    }

    static List<String> fuels(AccountingContext context) {
        List<String> fuels = new ArrayList<>();
        for (String id : context.seriesIds()) {
            if (id.startsWith("energy.") && id.length() > "energy.".length()) {
                fuels.add(id.substring("energy.".length()));
            }
        }
        fuels.sort(null);
        return fuels;
    }

    /**
     * The carbon per unit of a fuel: {@code fuel.<f>.factor} when given, else the product
     * {@code fuel.<f>.ncv x fuel.<f>.carbon_content x fuel.<f>.oxidation} (oxidation 1 when absent), e.g. a
     * standard-coal coefficient (t standard coal / t) x carbon per standard coal (t C / t standard coal).
     */
    static CoefficientValue factor(String fuel, AccountingContext context, Trail.Builder trail) throws MissingInputException {
        String key = "fuel." + fuel + ".factor";
        var direct = context.coefficient(key);
        if (direct.isPresent()) {
            return trail.coefficient(direct.get());
        }
        var ncv = context.coefficient("fuel." + fuel + ".ncv");
        var content = context.coefficient("fuel." + fuel + ".carbon_content");
        if (ncv.isEmpty() || content.isEmpty()) {
            throw new MissingInputException("no coefficient " + key + " (nor fuel." + fuel + ".ncv and fuel." + fuel + ".carbon_content) in "
                    + context.coefficientSetDescription());
        }
        trail.coefficient(ncv.get());
        trail.coefficient(content.get());
        Quantity product = ncv.get().quantity().times(content.get().quantity());
        String how = ncv.get().key() + " x " + content.get().key();
        var oxidation = context.coefficient("fuel." + fuel + ".oxidation");
        if (oxidation.isPresent()) {
            trail.coefficient(oxidation.get());
            product = product.times(oxidation.get().quantity());
            how += " x " + oxidation.get().key();
        } else {
            how += " (no fuel." + fuel + ".oxidation: 1)";
        }
        trail.step(key + " = " + how + " = " + Terms.q(product));
        return new CoefficientValue(key, product, "derived: " + how, "", "computed from the coefficients above");
    }

    @Override
    public Quantity compute(String component, int year, AccountingContext context, Trail.Builder trail) throws MissingInputException {
        List<String> fuels = fuels(context);
        if (fuels.isEmpty()) {
            throw new MissingInputException("the study has no energy.<fuel> series");
        }
        Quantity total = new Quantity(0, Units.T_C);
        for (String fuel : fuels) {
            SeriesInput in = trail.input(context.require("energy." + fuel, year));
            CoefficientValue factor = factor(fuel, context, trail);
            Quantity term = Terms.carbon(in, factor);
            trail.step(Terms.step(in, factor, term, context));
            total = total.plus(term);
        }
        trail.step("sum over " + fuels.size() + " fuels = " + Terms.carbon(total, context));
        return total;
    }
}
