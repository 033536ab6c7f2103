package org.landcarbon.model.units;

/**
 * The base dimensions of the workbench's unit system, each with the base unit every factor refers to.
 * Carbon and CO2 are separate dimensions on purpose: a t C is never silently a t CO2.
 */
public enum BaseDimension {
    /** Land area; base unit hm2. */
    AREA("area", "hm2"),
    /** Mass of carbon; base unit t C. */
    CARBON("carbon", "t C"),
    /** Mass of carbon dioxide; base unit t CO2. */
    CO2("CO2", "t CO2"),
    /** Mass of a substance (fertilizer, film, crops, fuel); base unit t. */
    MASS("mass", "t"),
    /** Energy as standard coal equivalent; base unit t standard coal. */
    ENERGY("energy", "t standard coal"),
    /** Money; base unit yuan. */
    CURRENCY("currency", "yuan"),
    /** Power (machinery); base unit kW. */
    POWER("power", "kW"),
    /** Time; base unit a (year). */
    TIME("time", "a"),
    /** Counted things (persons); base unit person. */
    COUNT("count", "person"),
    /** Volume (natural gas); base unit m3. */
    VOLUME("volume", "m3");

    private final String label;
    private final String baseUnit;

    BaseDimension(String label, String baseUnit) {
        this.label = label;
        this.baseUnit = baseUnit;
    }

    /** Short lower-case name used in messages ("area", "carbon"). */
    public String label() {
        return label;
    }

    /** The symbol of the unit whose factor is 1. */
    public String baseUnit() {
        return baseUnit;
    }
}
