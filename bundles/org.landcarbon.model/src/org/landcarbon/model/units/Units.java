package org.landcarbon.model.units;

/** Common units and the explicit carbon/CO2 conversion. */
public final class Units {

    /** Mass of CO2 per mass of carbon: molar masses 44/12. */
    public static final double CO2_PER_CARBON = 44.0 / 12.0;

    public static final Unit ONE = Unit.ONE;
    public static final Unit HM2 = Unit.parse("hm2");
    public static final Unit KM2 = Unit.parse("km2");
    public static final Unit TEN_THOUSAND_HM2 = Unit.parse("10^4 hm2");
    public static final Unit T = Unit.parse("t");
    public static final Unit KG = Unit.parse("kg");
    public static final Unit T_C = Unit.parse("t C");
    public static final Unit KG_C = Unit.parse("kg C");
    public static final Unit TEN_THOUSAND_T_C = Unit.parse("10^4 t C");
    public static final Unit T_CO2 = Unit.parse("t CO2");
    public static final Unit TEN_THOUSAND_T_CO2 = Unit.parse("10^4 t CO2");
    public static final Unit TCE = Unit.parse("t standard coal");
    public static final Unit YUAN = Unit.parse("yuan");
    public static final Unit TEN_THOUSAND_YUAN = Unit.parse("10^4 yuan");
    public static final Unit HUNDRED_MILLION_YUAN = Unit.parse("10^8 yuan");
    public static final Unit KW = Unit.parse("kW");
    public static final Unit YEAR = Unit.parse("a");
    public static final Unit TEN_THOUSAND_PERSONS = Unit.parse("10^4 persons");

    private Units() {
    }

    /**
     * The CO2 mass that contains the given carbon mass (x 44/12), in the matching CO2 unit:
     * 1 10^4 t C is 3.667 10^4 t CO2; rates work too (t C / hm2 to t CO2 / hm2).
     *
     * @throws UnitException if the quantity is not a carbon amount (carbon exponent 1, no CO2)
     */
    public static Quantity carbonToCo2(Quantity carbon) {
        Dimension d = carbon.unit().dimension();
        if (d.exponent(BaseDimension.CARBON) != 1 || d.exponent(BaseDimension.CO2) != 0) {
            throw new UnitException("cannot express " + carbon.unit().symbol() + " as CO2: " + d + " is not an amount of carbon");
        }
        return new Quantity(carbon.value() * CO2_PER_CARBON, carbon.unit().swapCarbonAndCo2());
    }

    public static Quantity carbonToCo2(double value, Unit unit) {
        return carbonToCo2(new Quantity(value, unit));
    }

    /** The carbon contained in a CO2 mass (x 12/44), in the matching carbon unit. */
    public static Quantity co2ToCarbon(Quantity co2) {
        Dimension d = co2.unit().dimension();
        if (d.exponent(BaseDimension.CO2) != 1 || d.exponent(BaseDimension.CARBON) != 0) {
            throw new UnitException("cannot express " + co2.unit().symbol() + " as carbon: " + d + " is not an amount of CO2");
        }
        return new Quantity(co2.value() / CO2_PER_CARBON, co2.unit().swapCarbonAndCo2());
    }

    public static Quantity co2ToCarbon(double value, Unit unit) {
        return co2ToCarbon(new Quantity(value, unit));
    }
}
