package org.landcarbon.accounting.internal.methods;

import org.landcarbon.accounting.AccountingContext;
import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.SeriesInput;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.units.BaseDimension;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.UnitException;
import org.landcarbon.model.units.Units;

/** Arithmetic shared by the built-in methods, with messages that name the series and coefficient involved. */
final class Terms {

    private Terms() {
    }

    /** series x coefficient as t C (a per-year rate is taken over one year); refuses anything that is not carbon. */
    static Quantity carbon(SeriesInput input, CoefficientValue coefficient) {
        Quantity product = input.quantity().times(coefficient.quantity());
        if (product.unit().dimension().exponent(BaseDimension.TIME) == -1) {
            product = product.times(new Quantity(1, Units.YEAR));
        }
        try {
            return product.to(Units.T_C);
        } catch (UnitException e) {
            throw new UnitException(input.seriesId() + " (" + input.quantity().unit() + ") x " + coefficient.key() + " ("
                    + coefficient.quantity().unit() + ") gives " + product.unit() + " (" + product.unit().dimension()
                    + "), not an amount of carbon");
        }
    }

    static String num(double v) {
        return Trail.number(v);
    }

    static String q(Quantity q) {
        return Trail.quantity(q);
    }

    /** An amount of carbon in t C and the study's display unit: "5101100 t C = 510.11 10^4 t C". */
    static String carbon(Quantity carbon, AccountingContext context) {
        return Trail.carbon(carbon, context.carbonDisplayUnit());
    }

    /** "activity.fertilizer 1 t x agri.fertilizer 895.6 kg C / t = 0.8956 t C = 0.00008956 10^4 t C". */
    static String step(SeriesInput input, CoefficientValue coefficient, Quantity result, AccountingContext context) {
        return input.seriesId() + " " + q(input.quantity()) + " x " + coefficient.key() + " " + q(coefficient.quantity()) + " = "
                + carbon(result, context);
    }
}
