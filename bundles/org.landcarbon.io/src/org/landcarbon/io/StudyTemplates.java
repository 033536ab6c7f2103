package org.landcarbon.io;

import java.util.List;
import java.util.Optional;

import org.landcarbon.io.internal.SeriesCatalog;
import org.landcarbon.io.internal.SeriesCatalog.SeriesType;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.LandClassSystem;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.LandClassSystems;

/**
 * Templates for a new study's data: a study with the land classes' area series and the standard
 * series of docs/study-conventions.md, each with its usual unit, and no values. Exported with any
 * {@link StudyExporter}, it gives a file with the right headers and one empty row per year.
 */
public final class StudyTemplates {

    /** Ids of the built-in land-class systems. */
    public static final List<String> CLASS_SYSTEMS = List.of(LandClassSystems.SEED, LandClassSystems.CLCD);

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
            study.getSeries().add(series(SeriesCatalog.of("area." + c.getId())));
        }
        SeriesCatalog.fixedSeries().forEach(t -> study.getSeries().add(series(t)));
        SeriesCatalog.TEMPLATE_FUELS.forEach(fuel -> study.getSeries().add(series(SeriesCatalog.of("energy." + fuel))));
        SeriesCatalog.templateCrops().forEach(crop -> study.getSeries().add(series(SeriesCatalog.of("yield." + crop))));
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
     * A land-class system shipped with the model: {@code seed} (the seed paper's seven classes) or
     * {@code clcd} (the six classes of CLCD / CNLUCC); a new copy each time.
     */
    public static Optional<LandClassSystem> classSystem(String id) {
        return Optional.ofNullable(LandClassSystems.byId(id));
    }
}
