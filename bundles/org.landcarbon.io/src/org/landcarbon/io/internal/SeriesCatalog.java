package org.landcarbon.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.StudyConventions;
import org.landcarbon.model.units.Dimension;

/**
 * Which series ids an import accepts (docs/study-conventions.md, via the model's
 * {@link StudyConventions}): the fixed ones, {@code area.<class of the study>}, {@code energy.<fuel>}
 * and {@code yield.<crop>}; plus any series the study already has.
 */
public final class SeriesCatalog {

    /** What an id means: kind, subject, usual unit and the dimensions its unit may have (empty: any). */
    public record SeriesType(String id, SeriesKind kind, String subject, String usualUnit, List<Dimension> dimensions) {

        /** "area", "energy / currency", ... for messages. */
        public String dimensionText() {
            return dimensions.stream().map(Dimension::toString).collect(Collectors.joining(" or "));
        }
    }

    private static final Pattern SUBJECT = Pattern.compile("[a-z][a-z0-9_]*");

    /** Fuels a template lists; other fuels are accepted too. */
    public static final List<String> TEMPLATE_FUELS = List.of("raw_coal", "coke", "crude_oil", "gasoline", "kerosene",
            "diesel", "fuel_oil", "natural_gas");

    private SeriesCatalog() {
    }

    /** The fixed (not per class, fuel or crop) series in template order. */
    public static List<SeriesType> fixedSeries() {
        List<SeriesType> list = new ArrayList<>();
        StudyConventions.ACTIVITIES.forEach(a -> list.add(of("activity." + a)));
        list.add(of("energy_intensity"));
        StudyConventions.GDP_SECTORS.forEach(g -> list.add(of("gdp." + g)));
        list.add(of("population"));
        return list;
    }

    public static List<String> templateCrops() {
        return StudyConventions.CROPS;
    }

    public static SeriesType of(String id) {
        Series prototype = LandCarbonFactory.eINSTANCE.createSeries();
        prototype.setId(id);
        prototype.setKind(StudyConventions.kindOf(id));
        prototype.setSubject(StudyConventions.subjectOf(id));
        return of(prototype, StudyConventions.usualUnit(id));
    }

    static SeriesType of(Series series, String usualUnit) {
        return new SeriesType(series.getId(), series.getKind(), series.getSubject(), usualUnit,
                StudyConventions.allowedDimensions(series));
    }

    /**
     * What a series id means for this study; empty when it is not a known id (an area of a class the
     * study does not have is unknown too).
     */
    public static Optional<SeriesType> describe(String id, Study study) {
        if (fixedSeries().stream().anyMatch(t -> t.id().equals(id))) {
            return Optional.of(of(id));
        }
        int dot = id.indexOf('.');
        if (dot < 0 || !SUBJECT.matcher(id.substring(dot + 1)).matches()) {
            return Optional.empty();
        }
        String subject = id.substring(dot + 1);
        return switch (id.substring(0, dot)) {
            case "area" -> findClass(study, subject).map(c -> of("area." + c.getId()));
            case "energy", "yield" -> Optional.of(of(id));
            default -> Optional.empty();
        };
    }

    public static Optional<LandClass> findClass(Study study, String classId) {
        if (study.getLandClassSystem() == null) {
            return Optional.empty();
        }
        return study.getLandClassSystem().getClasses().stream().filter(c -> classId.equals(c.getId())).findFirst();
    }
}
