package org.landcarbon.accounting.internal.methods;

import java.math.BigDecimal;
import java.math.MathContext;

import org.landcarbon.accounting.CoefficientValue;
import org.landcarbon.accounting.SeriesInput;
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
        if (v == 0 || !Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).round(new MathContext(8)).stripTrailingZeros().toPlainString();
    }

    static String q(Quantity q) {
        return num(q.value()) + " " + q.unit().symbol();
    }

    /** "activity.fertilizer 2010 = 1.0 t x agri.fertilizer 895.6 kg C / t = 0.8956 t C". */
    static String step(SeriesInput input, CoefficientValue coefficient, Quantity result) {
        return input.seriesId() + " " + q(input.quantity()) + " x " + coefficient.key() + " " + q(coefficient.quantity()) + " = "
                + num(result.value()) + " t C";
    }
}
