package org.landcarbon.io.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place the importers read units. A unit is a dimension and a factor to that dimension's
 * base unit; "A / B" divides two units. Meant to be replaced by the model's unit system
 * ({@code org.landcarbon.model.units.Unit}) once it exists, without touching the importers.
 */
public final class Units {

    /** A parsed unit: its canonical symbol, dimension (e.g. {@code area}, {@code energy/currency}) and factor to the base. */
    public record ParsedUnit(String symbol, String dimension, double factor) {
    }

    private static final Map<String, ParsedUnit> UNITS = new HashMap<>();

    static {
        unit("area", 1e-4, "m2", "平方米");
        unit("area", 1, "hm2", "ha", "公顷");
        unit("area", 1.0 / 15, "mu", "亩");
        unit("area", 100, "km2", "平方公里", "平方千米");
        unit("area", 1e4, "10^4 hm2", "10^4 ha", "万公顷");
        unit("area", 1e4 / 15, "10^4 mu", "万亩");
        unit("mass", 1e-3, "kg", "千克", "公斤");
        unit("mass", 1, "t", "吨");
        unit("mass", 1e4, "10^4 t", "万吨");
        unit("mass", 1e6, "Mt", "10^6 t");
        unit("carbon", 1e-3, "kg C");
        unit("carbon", 1, "t C");
        unit("carbon", 1e4, "10^4 t C");
        unit("carbon", 1e6, "Mt C");
        unit("co2", 1, "t CO2");
        unit("co2", 1e4, "10^4 t CO2");
        unit("co2", 1e6, "Mt CO2");
        unit("energy", 1, "t standard coal", "tce", "吨标准煤");
        unit("energy", 1e4, "10^4 t standard coal", "10^4 tce", "万吨标准煤");
        unit("currency", 1, "yuan", "元");
        unit("currency", 1e4, "10^4 yuan", "万元");
        unit("currency", 1e8, "10^8 yuan", "亿元");
        unit("power", 1, "kW", "千瓦");
        unit("power", 1e4, "10^4 kW", "万千瓦");
        unit("volume", 1, "m3", "立方米");
        unit("volume", 1e4, "10^4 m3", "万立方米");
        unit("volume", 1e8, "10^8 m3", "亿立方米");
        unit("persons", 1, "persons", "person", "人");
        unit("persons", 1e4, "10^4 persons", "万人");
        unit("1", 1, "1");
    }

    private Units() {
    }

    private static void unit(String dimension, double factor, String symbol, String... aliases) {
        ParsedUnit u = new ParsedUnit(symbol, dimension, factor);
        UNITS.put(key(symbol), u);
        for (String a : aliases) {
            UNITS.put(key(a), u);
        }
    }

    /** Lower case, superscripts and full-width characters folded, spacing made uniform. */
    private static String key(String text) {
        String s = text.strip().replace("10⁴", "10^4").replace("10⁶", "10^6").replace("10⁸", "10^8")
                .replace('²', '2').replace('³', '3').replace('／', '/').replace('　', ' ');
        s = s.replaceAll("10\\s*\\^\\s*(\\d)", "10^$1").replaceAll("10\\^(\\d)(?=[^\\s\\d])", "10^$1 ");
        s = s.replaceAll("\\s+", " ");
        return s.toLowerCase(Locale.ROOT);
    }

    /** The unit a text names, or empty when it names none this workbench knows. */
    public static Optional<ParsedUnit> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        ParsedUnit whole = UNITS.get(key(text));
        if (whole != null) {
            return Optional.of(whole);
        }
        int slash = text.indexOf('/') >= 0 ? text.indexOf('/') : text.indexOf('／');
        if (slash > 0) {
            Optional<ParsedUnit> num = Optional.ofNullable(UNITS.get(key(text.substring(0, slash))));
            Optional<ParsedUnit> den = Optional.ofNullable(UNITS.get(key(text.substring(slash + 1))));
            if (num.isPresent() && den.isPresent()) {
                return Optional.of(new ParsedUnit(num.get().symbol() + " / " + den.get().symbol(),
                        num.get().dimension() + "/" + den.get().dimension(), num.get().factor() / den.get().factor()));
            }
        }
        return Optional.empty();
    }

    /** The value converted from one unit to another of the same dimension. */
    public static double convert(double value, ParsedUnit from, ParsedUnit to) {
        if (!from.dimension().equals(to.dimension())) {
            throw new IllegalArgumentException("cannot convert " + from.symbol() + " to " + to.symbol());
        }
        if (from.factor() == to.factor()) {
            return value;
        }
        return value * from.factor() / to.factor();
    }
}
