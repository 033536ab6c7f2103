package org.landcarbon.model.units;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named unit that cannot be split further in unit text: "hm2", "t C", "t standard coal". The table is
 * deliberately small and explicit: every unit a study uses is listed here with its factor to the base unit.
 */
record Atom(String name, BaseDimension base, double factor, String counterpart) {

    /** Canonical atoms by name; aliases point to the same atom. Insertion order = preference. */
    static final Map<String, Atom> BY_NAME = new LinkedHashMap<>();

    static {
        // area (base hm2)
        add("hm2", BaseDimension.AREA, 1, null, "ha");
        add("km2", BaseDimension.AREA, 100, null);
        add("m2", BaseDimension.AREA, 1e-4, null);
        add("mu", BaseDimension.AREA, 1.0 / 15.0, null); // 亩: 15 mu = 1 hm2
        // carbon (base t C); the counterpart is the same mass of CO2, used only by explicit conversion
        add("t C", BaseDimension.CARBON, 1, "t CO2", "tC");
        add("kg C", BaseDimension.CARBON, 1e-3, "kg CO2", "kgC");
        add("g C", BaseDimension.CARBON, 1e-6, "g CO2", "gC");
        add("kt C", BaseDimension.CARBON, 1e3, "kt CO2", "ktC");
        add("Mt C", BaseDimension.CARBON, 1e6, "Mt CO2", "MtC");
        add("Gg C", BaseDimension.CARBON, 1e3, "Gg CO2", "GgC"); // 1 Gg = 1 kt
        add("Tg C", BaseDimension.CARBON, 1e6, "Tg CO2", "TgC"); // 1 Tg = 1 Mt
        add("Pg C", BaseDimension.CARBON, 1e9, "Pg CO2", "PgC"); // 1 Pg = 1 Gt
        // CO2 (base t CO2)
        add("t CO2", BaseDimension.CO2, 1, "t C", "tCO2");
        add("kg CO2", BaseDimension.CO2, 1e-3, "kg C", "kgCO2");
        add("g CO2", BaseDimension.CO2, 1e-6, "g C", "gCO2");
        add("kt CO2", BaseDimension.CO2, 1e3, "kt C", "ktCO2");
        add("Mt CO2", BaseDimension.CO2, 1e6, "Mt C", "MtCO2");
        add("Gg CO2", BaseDimension.CO2, 1e3, "Gg C", "GgCO2");
        add("Tg CO2", BaseDimension.CO2, 1e6, "Tg C", "TgCO2");
        add("Pg CO2", BaseDimension.CO2, 1e9, "Pg C", "PgCO2");
        // generic substance mass (base t)
        add("t", BaseDimension.MASS, 1, null);
        add("kg", BaseDimension.MASS, 1e-3, null);
        add("g", BaseDimension.MASS, 1e-6, null);
        add("kt", BaseDimension.MASS, 1e3, null);
        add("Mt", BaseDimension.MASS, 1e6, null);
        add("Gg", BaseDimension.MASS, 1e3, null);
        add("Tg", BaseDimension.MASS, 1e6, null);
        // energy as standard coal equivalent (base t standard coal)
        add("t standard coal", BaseDimension.ENERGY, 1, null, "tce");
        add("kg standard coal", BaseDimension.ENERGY, 1e-3, null, "kgce");
        // heat: China's standard coal is 7000 kcal/kg = 29.3076 GJ/t (GB/T 2589), the factor that links the two
        add("GJ", BaseDimension.ENERGY, 1 / 29.3076, null);
        add("MJ", BaseDimension.ENERGY, 1e-3 / 29.3076, null);
        add("TJ", BaseDimension.ENERGY, 1e3 / 29.3076, null);
        // currency (base yuan)
        add("yuan", BaseDimension.CURRENCY, 1, null);
        // power (base kW)
        add("kW", BaseDimension.POWER, 1, null);
        add("W", BaseDimension.POWER, 1e-3, null);
        add("MW", BaseDimension.POWER, 1e3, null);
        // time (base a)
        add("a", BaseDimension.TIME, 1, null, "yr");
        // counts (base person); both spellings are canonical so "10^4 persons" reads as written
        add("person", BaseDimension.COUNT, 1, null);
        add("persons", BaseDimension.COUNT, 1, null);
        // volume (base m3), for gaseous fuels
        add("m3", BaseDimension.VOLUME, 1, null);
        // pure numbers
        add("%", null, 0.01, null);
    }

    private static void add(String name, BaseDimension base, double factor, String counterpart, String... aliases) {
        Atom atom = new Atom(name, base, factor, counterpart);
        BY_NAME.put(name, atom);
        for (String alias : aliases) {
            BY_NAME.put(alias, atom);
        }
    }

    Dimension dimension() {
        return base == null ? Dimension.NONE : Dimension.of(base);
    }

    /** The longest phrase (in words) of any atom name, for greedy matching. */
    static int maxWords() {
        return 3;
    }
}
