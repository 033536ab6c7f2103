package org.landcarbon.io;

import java.util.List;
import java.util.Optional;

import org.landcarbon.io.internal.SeriesCatalog;
import org.landcarbon.io.internal.SeriesCatalog.SeriesType;
import org.landcarbon.model.CarbonRole;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.LandClassSystem;
import org.landcarbon.model.MajorCategory;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;

/**
 * Templates for a new study's data: a study with the land classes' area series and the standard
 * series of docs/study-conventions.md, each with its usual unit, and no values. Exported with any
 * {@link StudyExporter}, it gives a file with the right headers and one empty row per year.
 */
public final class StudyTemplates {

    /** Ids of the built-in land-class systems. */
    public static final List<String> CLASS_SYSTEMS = List.of("seed", "clcd");

    private StudyTemplates() {
    }

    public static Study template(LandClassSystem classes, int startYear, int endYear) {
        LandCarbonFactory f = LandCarbonFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setName("Template");
        study.setStartYear(startYear);
        study.setEndYear(endYear);
        study.setLandClassSystem(classes);
        for (LandClass c : classes.getClasses()) {
            study.getSeries().add(series(SeriesCatalog.area(c.getId())));
        }
        SeriesCatalog.fixedSeries().forEach(t -> study.getSeries().add(series(t)));
        SeriesCatalog.TEMPLATE_FUELS.forEach(fuel -> study.getSeries().add(series(SeriesCatalog.energy(fuel))));
        SeriesCatalog.TEMPLATE_CROPS.forEach(crop -> study.getSeries().add(series(SeriesCatalog.yield(crop))));
        return study;
    }

    private static Series series(SeriesType type) {
        Series s = LandCarbonFactory.eINSTANCE.createSeries();
        s.setId(type.id());
        s.setKind(type.kind());
        s.setSubject(type.subject());
        s.setUnit(type.usualUnit());
        return s;
    }

    /**
     * A built-in land-class system: {@code seed} (the seed paper's seven classes) or {@code clcd}
     * (the six classes of CLCD / CNLUCC).
     */
    public static Optional<LandClassSystem> classSystem(String id) {
        return switch (id) {
            case "seed" -> Optional.of(system("seed", "Seed paper (7 classes)", true));
            case "clcd" -> Optional.of(system("clcd", "CLCD / CNLUCC (6 classes)", false));
            default -> Optional.empty();
        };
    }

    private static LandClassSystem system(String id, String name, boolean withGarden) {
        LandClassSystem s = LandCarbonFactory.eINSTANCE.createLandClassSystem();
        s.setId(id);
        s.setName(name);
        add(s, "cropland", "Cropland", "耕地", CarbonRole.BOTH, MajorCategory.AGRICULTURAL);
        if (withGarden) {
            add(s, "garden", "Garden land", "园地", CarbonRole.SINK, MajorCategory.AGRICULTURAL);
        }
        add(s, "forest", "Forest", "林地", CarbonRole.SINK, MajorCategory.AGRICULTURAL);
        add(s, "grassland", "Grassland", "草地", CarbonRole.SINK, MajorCategory.AGRICULTURAL);
        // Rivers and lakes count as unused land in China's three major land categories.
        add(s, "water", "Water", "水域", CarbonRole.SINK, MajorCategory.UNUSED);
        add(s, "unused", "Unused land", "未利用地", CarbonRole.SINK, MajorCategory.UNUSED);
        add(s, "construction", "Construction land", "建设用地", CarbonRole.SOURCE, MajorCategory.CONSTRUCTION);
        return s;
    }

    private static void add(LandClassSystem s, String id, String en, String zh, CarbonRole role, MajorCategory cat) {
        LandClass c = LandCarbonFactory.eINSTANCE.createLandClass();
        c.setId(id);
        c.setNameEn(en);
        c.setNameZh(zh);
        c.setRole(role);
        c.setCategory(cat);
        s.getClasses().add(c);
    }
}
