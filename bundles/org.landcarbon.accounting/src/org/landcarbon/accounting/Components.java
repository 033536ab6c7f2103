package org.landcarbon.accounting;

import java.util.Comparator;
import java.util.List;

/** The component ids of docs/study-conventions.md and the column order of the seed paper's Table 5. */
public final class Components {

    public static final String GARDEN = "garden";
    public static final String FOREST = "forest";
    public static final String GRASSLAND = "grassland";
    public static final String UNUSED = "unused";
    public static final String WATER = "water";
    public static final String CROPLAND = "cropland";
    public static final String CONSTRUCTION = "construction";
    public static final String AGRICULTURAL_LAND = "agricultural_land";
    public static final String SINKS_TOTAL = "sinks_total";
    public static final String SOURCES_TOTAL = "sources_total";
    public static final String NET = "net";

    /** Table 5 order: sinks, then sources; components not listed here follow, sinks before sources, by id. */
    public static final List<String> TABLE_ORDER = List.of(GARDEN, FOREST, GRASSLAND, UNUSED, WATER, CROPLAND, CONSTRUCTION,
            AGRICULTURAL_LAND);

    public static final List<String> TOTALS = List.of(SINKS_TOTAL, SOURCES_TOTAL, NET);

    private Components() {
    }

    public static boolean isTotal(String id) {
        return TOTALS.contains(id);
    }

    /** Orders component ids as Table 5 does; {@code kindOf} tells sinks from sources for ids outside the table. */
    public static Comparator<String> order(java.util.function.Function<String, ComponentKind> kindOf) {
        return Comparator.<String>comparingInt(id -> {
            int i = TABLE_ORDER.indexOf(id);
            if (i >= 0) {
                return i;
            }
            return kindOf.apply(id) == ComponentKind.SINK ? 100 : 200;
        }).thenComparing(Comparator.naturalOrder());
    }
}
