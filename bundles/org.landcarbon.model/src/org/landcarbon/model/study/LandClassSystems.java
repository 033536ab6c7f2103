package org.landcarbon.model.study;

import org.landcarbon.model.CarbonRole;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.LandClassSystem;
import org.landcarbon.model.MajorCategory;

/** The land-class systems shipped with the workbench; each call returns a new, independent copy. */
public final class LandClassSystems {

    /** Id of the seed paper's system (China's land-survey classes). */
    public static final String SEED = "seed";
    /** Id of the six-class CLCD/CNLUCC land-cover system. */
    public static final String CLCD = "clcd";

    private LandClassSystems() {
    }

    /**
     * The seed paper's seven classes. Cropland is both a source (agricultural inputs) and a sink (crops);
     * garden, forest, grassland, water and unused land are area-based sinks; construction land is a source.
     */
    public static LandClassSystem seed() {
        LandClassSystem system = system(SEED, "Land-survey classes (seed paper)");
        add(system, "cropland", "Cropland", "耕地", CarbonRole.BOTH, MajorCategory.AGRICULTURAL);
        add(system, "garden", "Garden land", "园地", CarbonRole.SINK, MajorCategory.AGRICULTURAL);
        add(system, "forest", "Forest land", "林地", CarbonRole.SINK, MajorCategory.AGRICULTURAL);
        add(system, "grassland", "Grassland", "草地", CarbonRole.SINK, MajorCategory.AGRICULTURAL);
        add(system, "water", "Water", "水域", CarbonRole.SINK, MajorCategory.AGRICULTURAL);
        add(system, "unused", "Unused land", "未利用地", CarbonRole.SINK, MajorCategory.UNUSED);
        add(system, "construction", "Construction land", "建设用地", CarbonRole.SOURCE, MajorCategory.CONSTRUCTION);
        return system;
    }

    /** The six CLCD/CNLUCC classes (no garden class). */
    public static LandClassSystem clcd() {
        LandClassSystem system = system(CLCD, "CLCD / CNLUCC land-cover classes");
        add(system, "cropland", "Cropland", "耕地", CarbonRole.BOTH, MajorCategory.AGRICULTURAL);
        add(system, "forest", "Forest land", "林地", CarbonRole.SINK, MajorCategory.AGRICULTURAL);
        add(system, "grassland", "Grassland", "草地", CarbonRole.SINK, MajorCategory.AGRICULTURAL);
        add(system, "water", "Water", "水域", CarbonRole.SINK, MajorCategory.AGRICULTURAL);
        add(system, "unused", "Unused land", "未利用地", CarbonRole.SINK, MajorCategory.UNUSED);
        add(system, "construction", "Construction land", "建设用地", CarbonRole.SOURCE, MajorCategory.CONSTRUCTION);
        return system;
    }

    /** The shipped system with this id ("seed" or "clcd"), or null. */
    public static LandClassSystem byId(String id) {
        return switch (id) {
            case SEED -> seed();
            case CLCD -> clcd();
            default -> null;
        };
    }

    private static LandClassSystem system(String id, String name) {
        LandClassSystem system = LandCarbonFactory.eINSTANCE.createLandClassSystem();
        system.setId(id);
        system.setName(name);
        return system;
    }

    private static void add(LandClassSystem system, String id, String en, String zh, CarbonRole role, MajorCategory category) {
        LandClass c = LandCarbonFactory.eINSTANCE.createLandClass();
        c.setId(id);
        c.setNameEn(en);
        c.setNameZh(zh);
        c.setRole(role);
        c.setCategory(category);
        system.getClasses().add(c);
    }
}
