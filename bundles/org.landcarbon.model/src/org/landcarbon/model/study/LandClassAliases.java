package org.landcarbon.model.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.landcarbon.model.LandClass;
import org.landcarbon.model.Study;

/**
 * The names papers give the standard land classes, in English and Chinese ("Cultivated land", "Woodland",
 * 耕地, 未利用地 ...), mapped to the class ids of {@link LandClassSystems}. Matching ignores case, spaces,
 * hyphens and underscores, so "Built-up land" and "built up land" are the same name.
 */
public final class LandClassAliases {

    private static final Map<String, String> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, List<String>> NAMES = new LinkedHashMap<>();

    static {
        alias("cropland", "cropland", "crop land", "cultivated land", "farmland", "arable land", "耕地");
        alias("garden", "garden", "garden land", "orchard", "orchard land", "园地");
        alias("forest", "forest", "forest land", "forestland", "woodland", "wood land", "林地");
        alias("grassland", "grassland", "grass land", "pasture", "meadow", "草地", "牧草地");
        alias("water", "water", "waters", "water area", "water body", "water bodies", "water land", "水域", "水域及水利设施用地");
        alias("unused", "unused", "unused land", "unutilized", "unutilized land", "unutilised land", "barren land", "未利用地", "未利用土地");
        alias("construction", "construction", "construction land", "built-up land", "built up", "built-up", "urban and rural construction land",
                "建设用地", "城乡建设用地");
    }

    private LandClassAliases() {
    }

    private static void alias(String id, String... names) {
        for (String n : names) {
            BY_NAME.put(key(n), id);
        }
        NAMES.put(id, List.of(names));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }

    /** The standard class id a name means ("Woodland" and 林地 mean forest), or empty. */
    public static Optional<String> standardId(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(name)));
    }

    /**
     * The id of the study's land class a name means: a class id, a class's own English or Chinese name, or an
     * alias of a standard class that the study has. Empty when it means none of the study's classes.
     */
    public static Optional<String> resolve(String name, Study study) {
        if (name == null || study.getLandClassSystem() == null) {
            return Optional.empty();
        }
        String k = key(name);
        for (LandClass c : study.getLandClassSystem().getClasses()) {
            if (k.equals(key(c.getId())) || c.getNameEn() != null && k.equals(key(c.getNameEn()))
                    || c.getNameZh() != null && k.equals(key(c.getNameZh()))) {
                return Optional.of(c.getId());
            }
        }
        Optional<String> standard = standardId(name);
        return standard.filter(id -> study.getLandClassSystem().getClasses().stream().anyMatch(c -> id.equals(c.getId())));
    }

    /** Every alias of every standard class, for documentation and messages. */
    public static Map<String, List<String>> all() {
        return Collections.unmodifiableMap(NAMES);
    }
}
