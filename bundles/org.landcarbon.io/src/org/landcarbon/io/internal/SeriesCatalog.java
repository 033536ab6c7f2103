package org.landcarbon.io.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.landcarbon.model.LandClass;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;

/**
 * The series ids of docs/study-conventions.md: which ids exist, their kind and subject, their usual
 * unit and the dimensions a unit of theirs may have.
 */
public final class SeriesCatalog {

    /** What an id means. */
    public record SeriesType(String id, SeriesKind kind, String subject, String usualUnit, Set<String> dimensions) {
    }

    private static final Pattern SUBJECT = Pattern.compile("[a-z][a-z0-9_]*");

    /** The fixed series, in the order a template lists them. */
    private static final Map<String, SeriesType> FIXED = new LinkedHashMap<>();

    /** Fuels and crops a template lists; other subjects are accepted too. */
    public static final List<String> TEMPLATE_FUELS = List.of("raw_coal", "coke", "crude_oil", "gasoline", "kerosene",
            "diesel", "fuel_oil", "natural_gas");
    public static final List<String> TEMPLATE_CROPS = List.of("rice", "wheat", "maize", "soybean", "tubers",
            "rapeseed", "peanut", "sugarcane", "tobacco");

    static {
        fixed("activity.fertilizer", SeriesKind.AGRICULTURAL_ACTIVITY, "fertilizer", "t", "mass");
        fixed("activity.sown_area", SeriesKind.AGRICULTURAL_ACTIVITY, "sown_area", "hm2", "area");
        fixed("activity.machinery_power", SeriesKind.AGRICULTURAL_ACTIVITY, "machinery_power", "kW", "power");
        fixed("activity.irrigated_area", SeriesKind.AGRICULTURAL_ACTIVITY, "irrigated_area", "hm2", "area");
        fixed("activity.plastic_film", SeriesKind.AGRICULTURAL_ACTIVITY, "plastic_film", "kg", "mass");
        fixed("energy_intensity", SeriesKind.ENERGY_INTENSITY, null, "t standard coal / 10^4 yuan", "energy/currency");
        fixed("gdp.primary", SeriesKind.GDP, "primary", "10^8 yuan", "currency");
        fixed("gdp.secondary", SeriesKind.GDP, "secondary", "10^8 yuan", "currency");
        fixed("gdp.tertiary", SeriesKind.GDP, "tertiary", "10^8 yuan", "currency");
        fixed("population", SeriesKind.POPULATION, null, "10^4 persons", "persons");
    }

    private SeriesCatalog() {
    }

    private static void fixed(String id, SeriesKind kind, String subject, String unit, String dimension) {
        FIXED.put(id, new SeriesType(id, kind, subject, unit, Set.of(dimension)));
    }

    /** The fixed (non-class, non-fuel, non-crop) series in template order. */
    public static List<SeriesType> fixedSeries() {
        return List.copyOf(FIXED.values());
    }

    public static SeriesType area(String classId) {
        return new SeriesType("area." + classId, SeriesKind.LAND_AREA, classId, "10^4 hm2", Set.of("area"));
    }

    public static SeriesType energy(String fuel) {
        return new SeriesType("energy." + fuel, SeriesKind.ENERGY_USE, fuel,
                "natural_gas".equals(fuel) ? "10^8 m3" : "10^4 t", Set.of("mass", "volume", "energy"));
    }

    public static SeriesType yield(String crop) {
        return new SeriesType("yield." + crop, SeriesKind.CROP_YIELD, crop, "t", Set.of("mass"));
    }

    /**
     * What a series id means for this study; empty when it is not a known id (an area of a class
     * the study does not have is unknown too).
     */
    public static Optional<SeriesType> describe(String id, Study study) {
        SeriesType fixed = FIXED.get(id);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        int dot = id.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String prefix = id.substring(0, dot);
        String subject = id.substring(dot + 1);
        if (!SUBJECT.matcher(subject).matches()) {
            return Optional.empty();
        }
        return switch (prefix) {
            case "area" -> findClass(study, subject).map(c -> area(c.getId()));
            case "energy" -> Optional.of(energy(subject));
            case "yield" -> Optional.of(SeriesCatalog.yield(subject));
            default -> Optional.empty();
        };
    }

    /** The unit dimensions a kind's values may have; empty means any. */
    public static Set<String> dimensionsOf(SeriesKind kind, String id) {
        if (kind == null) {
            return Set.of();
        }
        return switch (kind) {
            case LAND_AREA -> Set.of("area");
            case AGRICULTURAL_ACTIVITY -> FIXED.containsKey(id) ? FIXED.get(id).dimensions() : Set.of();
            case ENERGY_INTENSITY -> Set.of("energy/currency");
            case GDP -> Set.of("currency");
            case ENERGY_USE -> Set.of("mass", "volume", "energy");
            case CROP_YIELD -> Set.of("mass");
            case POPULATION -> Set.of("persons");
            case OTHER -> Set.of();
        };
    }

    public static Optional<LandClass> findClass(Study study, String classId) {
        if (study.getLandClassSystem() == null) {
            return Optional.empty();
        }
        return study.getLandClassSystem().getClasses().stream().filter(c -> classId.equals(c.getId())).findFirst();
    }
}
