package org.landcarbon.accounting.internal.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;
import org.landcarbon.model.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * Cropland absorption from crop yields (seed paper, formula for Cf):
 * {@code Cf = sum_i C_d,i x Y_w,i x (1 - r_i) / H_i}, Y_w economic yield ({@code yield.<crop>}), H economic
 * coefficient, C_d carbon absorbed per unit dry matter, r moisture content (coefficient
 * {@code crop.moisture.<crop>}, 0 when absent, as in the seed paper).
 */
@Component(service = AccountingMethod.class)
public final class CropAbsorptionMethod implements AccountingMethod {

    public static final String ID = "cropland.crop_absorption";

    /** A carbon absorption rate given as a pure number is a mass fraction: carbon per dry matter. */
    private static final Unit CARBON_PER_MASS = Unit.parse("t C / t");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Cropland: absorption by crops from yields";
    }

    @Override
    public String formula() {
        return "Cf = sum over crops of crop.carbon_rate x yield x (1 - crop.moisture) / crop.economic_coefficient";
    }

    @Override
    public Set<String> components(AccountingContext context) {
        return Set.of(Components.CROPLAND);
    }

    @Override
    public ComponentKind kind(String component) {
        return ComponentKind.SINK;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Requirements requirements(String component, AccountingContext context) {
        List<String> crops = crops(context);
        List<String> coefficients = new ArrayList<>();
        for (String c : crops) {
            coefficients.add("crop.carbon_rate." + c);
            coefficients.add("crop.economic_coefficient." + c);
            coefficients.add("crop.moisture." + c + " (optional, default 0)");
        }
        return new Requirements(crops.stream().map(c -> "yield." + c).toList(), coefficients);
    }

    @Override
    public Optional<String> unavailable(String component, AccountingContext context) {
        return crops(context).isEmpty() ? Optional.of("the study has no yield.<crop> series") : Optional.empty();
    }

    static List<String> crops(AccountingContext context) {
        List<String> crops = new ArrayList<>();
        for (String id : context.seriesIds()) {
            if (id.startsWith("yield.") && id.length() > "yield.".length()) {
                crops.add(id.substring("yield.".length()));
            }
        }
        crops.sort(null);
        return crops;
    }

    @Override
    public Quantity compute(String component, int year, AccountingContext context, Trail.Builder trail) throws MissingInputException {
        List<String> crops = crops(context);
        if (crops.isEmpty()) {
            throw new MissingInputException("the study has no yield.<crop> series");
        }
        Quantity total = new Quantity(0, Units.T_C);
        for (String crop : crops) {
            SeriesInput yield = trail.input(context.require("yield." + crop, year));
            CoefficientValue rate = trail.coefficient(context.requireCoefficient("crop.carbon_rate." + crop));
            CoefficientValue harvest = trail.coefficient(context.requireCoefficient("crop.economic_coefficient." + crop));
            Quantity moisture = context.coefficient("crop.moisture." + crop).map(trail::coefficient).map(CoefficientValue::quantity)
                    .orElse(null);
            if (moisture == null) {
                moisture = new Quantity(0, Unit.ONE);
                trail.step("crop.moisture." + crop + " not given: 0, as in the seed paper");
            }
            Quantity rateQ = rate.quantity();
            if (rateQ.unit().dimension().isDimensionless()) {
                rateQ = new Quantity(rateQ.in(Unit.ONE), CARBON_PER_MASS);
            }
            if (!harvest.quantity().unit().dimension().isDimensionless() || !moisture.unit().dimension().isDimensionless()) {
                throw new UnitException("crop.economic_coefficient." + crop + " and crop.moisture." + crop
                        + " must be pure numbers, found " + harvest.quantity().unit() + " and " + moisture.unit());
            }
            double h = harvest.quantity().in(Unit.ONE);
            double r = moisture.in(Unit.ONE);
            if (h <= 0) {
                throw new UnitException("crop.economic_coefficient." + crop + " must be positive, found " + h);
            }
            Quantity term = yield.quantity().times(rateQ).times(1 - r).dividedBy(h);
            try {
                term = term.to(Units.T_C);
            } catch (UnitException e) {
                throw new UnitException("yield." + crop + " (" + yield.quantity().unit() + ") x crop.carbon_rate." + crop + " ("
                        + rateQ.unit() + ") gives " + term.unit() + " (" + term.unit().dimension() + "), not an amount of carbon");
            }
            trail.step(crop + ": " + Terms.num(rateQ.value()) + " x " + Terms.q(yield.quantity()) + " x (1 - " + Terms.num(r) + ") / "
                    + Terms.num(h) + " = " + Terms.carbon(term, context));
            total = total.plus(term);
        }
        trail.step("sum over " + crops.size() + " crops = " + Terms.carbon(total, context));
        return total;
    }
}
