package org.landcarbon.model.study;

import java.util.List;
import java.util.Optional;

import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.units.BaseDimension;
import org.landcarbon.model.units.Dimension;
import org.landcarbon.model.units.Unit;

/**
 * The ids of docs/study-conventions.md as code: series ids and their kinds, the dimensions their units must
 * have, the dimensions of the known coefficient keys, and the account components.
 */
public final class StudyConventions {

    /** Sink components, published as positive absorption amounts. */
    public static final List<String> SINK_COMPONENTS = List.of("garden", "forest", "grassland", "unused", "water", "cropland");
    /** Source components. */
    public static final List<String> SOURCE_COMPONENTS = List.of("construction", "agricultural_land");
    public static final String SINKS_TOTAL = "sinks_total";
    public static final String SOURCES_TOTAL = "sources_total";
    public static final String NET = "net";
    /** Every component id, in the order of the seed's Table 5. */
    public static final List<String> COMPONENTS = List.of("garden", "forest", "grassland", "unused", "water", "cropland",
            "construction", "agricultural_land", SINKS_TOTAL, SOURCES_TOTAL, NET);

    /** Prefix of the id a scenario uses to project a component's reported values ({@code reported.construction}). */
    public static final String REPORTED_PREFIX = "reported.";

    /** The five agricultural activity subjects and their coefficient keys ({@code agri.<subject>}). */
    public static final List<String> ACTIVITIES = List.of("fertilizer", "sown_area", "machinery_power", "irrigated_area", "plastic_film");
    /** The crops of the seed's Table 3. */
    public static final List<String> CROPS = List.of("rice", "wheat", "maize", "soybean", "tubers", "rapeseed", "peanut", "sugarcane", "tobacco");
    public static final List<String> GDP_SECTORS = List.of("primary", "secondary", "tertiary");

    private static final Dimension AREA = Dimension.of(BaseDimension.AREA);
    private static final Dimension CARBON = Dimension.of(BaseDimension.CARBON);
    private static final Dimension MASS = Dimension.of(BaseDimension.MASS);
    private static final Dimension POWER = Dimension.of(BaseDimension.POWER);
    private static final Dimension ENERGY = Dimension.of(BaseDimension.ENERGY);
    private static final Dimension CURRENCY = Dimension.of(BaseDimension.CURRENCY);
    private static final Dimension VOLUME = Dimension.of(BaseDimension.VOLUME);
    private static final Dimension COUNT = Dimension.of(BaseDimension.COUNT);
    private static final Dimension TIME = Dimension.of(BaseDimension.TIME);

    private StudyConventions() {
    }

    /** The kind a series id implies ({@code area.forest} is LAND_AREA), OTHER for ids outside the conventions. */
    public static SeriesKind kindOf(String seriesId) {
        String head = seriesId.contains(".") ? seriesId.substring(0, seriesId.indexOf('.')) : seriesId;
        return switch (head) {
            case "area" -> SeriesKind.LAND_AREA;
            case "activity" -> SeriesKind.AGRICULTURAL_ACTIVITY;
            case "energy_intensity" -> SeriesKind.ENERGY_INTENSITY;
            case "gdp" -> SeriesKind.GDP;
            case "energy" -> SeriesKind.ENERGY_USE;
            case "yield" -> SeriesKind.CROP_YIELD;
            case "population" -> SeriesKind.POPULATION;
            default -> SeriesKind.OTHER;
        };
    }

    /**
     * True for {@code reported.<component>} with a known component: a scenario may project a study's reported values
     * of a component it cannot compute (docs/scenarios.md); such an id names no series of the study.
     */
    public static boolean isReportedComponentId(String id) {
        return id != null && id.startsWith(REPORTED_PREFIX) && COMPONENTS.contains(id.substring(REPORTED_PREFIX.length()));
    }

    /** The subject part of a series id ({@code forest} of {@code area.forest}), or null. */
    public static String subjectOf(String seriesId) {
        int dot = seriesId.indexOf('.');
        return dot < 0 ? null : seriesId.substring(dot + 1);
    }

    /** The unit the conventions use for a series id, or null when they name none. */
    public static String usualUnit(String seriesId) {
        return switch (kindOf(seriesId)) {
            case LAND_AREA -> "10^4 hm2";
            case AGRICULTURAL_ACTIVITY -> switch (String.valueOf(subjectOf(seriesId))) {
                case "fertilizer" -> "t";
                case "sown_area", "irrigated_area" -> "hm2";
                case "machinery_power" -> "kW";
                case "plastic_film" -> "kg";
                default -> null;
            };
            case ENERGY_INTENSITY -> "t standard coal / 10^4 yuan";
            case GDP -> "10^8 yuan";
            case ENERGY_USE -> "natural_gas".equals(subjectOf(seriesId)) ? "10^8 m3" : "10^4 t";
            case CROP_YIELD -> "t";
            case POPULATION -> "10^4 persons";
            default -> null;
        };
    }

    /** The dimensions a series' unit may have; empty means any (OTHER series). */
    public static List<Dimension> allowedDimensions(Series series) {
        SeriesKind kind = series.getKind() == null ? SeriesKind.OTHER : series.getKind();
        return switch (kind) {
            case LAND_AREA -> List.of(AREA);
            case AGRICULTURAL_ACTIVITY -> switch (String.valueOf(series.getSubject())) {
                case "fertilizer", "plastic_film" -> List.of(MASS);
                case "sown_area", "irrigated_area" -> List.of(AREA);
                case "machinery_power" -> List.of(POWER);
                default -> List.of(MASS, AREA, POWER);
            };
            case ENERGY_INTENSITY -> List.of(ENERGY.dividedBy(CURRENCY));
            case GDP -> List.of(CURRENCY);
            case ENERGY_USE -> List.of(MASS, VOLUME, ENERGY);
            case CROP_YIELD -> List.of(MASS);
            case POPULATION -> List.of(COUNT);
            default -> List.of();
        };
    }

    /** The dimension a known coefficient key's unit must have (sink and area-source rates: carbon per area and year). */
    public static Optional<Dimension> coefficientDimension(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.startsWith("sink.") || key.startsWith("source.")) {
            return Optional.of(CARBON.dividedBy(AREA).dividedBy(TIME));
        }
        if (key.startsWith("crop.")) {
            return Optional.of(Dimension.NONE);
        }
        return switch (key) {
            case "agri.fertilizer", "agri.plastic_film" -> Optional.of(CARBON.dividedBy(MASS));
            case "agri.sown_area", "agri.irrigated_area" -> Optional.of(CARBON.dividedBy(AREA));
            case "agri.machinery_power" -> Optional.of(CARBON.dividedBy(POWER));
            case "construction.coal_factor" -> Optional.of(CARBON.dividedBy(ENERGY));
            default -> Optional.empty();
        };
    }

    /**
     * True when a unit of this dimension fits the coefficient key: the dimension of {@link #coefficientDimension}, and
     * for a crop's carbon rate also carbon per dry matter ({@code t C / t}), which the crop method reads as the same
     * mass fraction. Keys without a known dimension fit anything. The validator and the account both use this rule.
     */
    public static boolean fits(String key, Dimension dimension) {
        Optional<Dimension> expected = coefficientDimension(key);
        if (expected.isEmpty() || expected.get().equals(dimension)) {
            return true;
        }
        return key.startsWith("crop.carbon_rate.") && dimension.equals(CARBON.dividedBy(MASS));
    }

    /** True when the unit is an amount of carbon or of CO2, as reported values must be. */
    public static boolean isEmissionUnit(Unit unit) {
        Dimension d = unit.dimension();
        return d.equals(CARBON) || d.equals(Dimension.of(BaseDimension.CO2));
    }
}
