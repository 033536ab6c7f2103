package org.landcarbon.spatial.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.landcarbon.io.AreaAccuracy;
import org.landcarbon.io.ImportException;
import org.landcarbon.io.RegionArea;
import org.landcarbon.io.RegionImportPreview;
import org.landcarbon.io.RegionImports;
import org.landcarbon.io.StudyTemplates;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.LandClassSystems;
import org.landcarbon.spatial.ClassMapping;

/**
 * A new study made from zonal areas: the built-in land-class system holding the mapping's classes, a top region
 * (the whole) and one subregion per polygon, created by the region import of {@link ZonalAreas}' values.
 */
public final class RasterStudies {

    /** The importer id of the values' provenance, as {@code zonal --into} writes it. */
    public static final String IMPORTER_ID = "zonal";

    /** The area units offered: the study's series keep the unit chosen. */
    public static final List<String> UNITS = List.of("km2", "hm2", "10^4 hm2");

    private RasterStudies() {
    }

    /** "clcd" when the mapping's classes are all CLCD/CNLUCC classes, else "seed" when they are all the seed paper's, else empty. */
    public static Optional<String> classSystemFor(ClassMapping mapping) {
        for (String id : List.of(LandClassSystems.CLCD, LandClassSystems.SEED)) {
            List<String> ids = LandClassSystems.byId(id).getClasses().stream().map(LandClass::getId).toList();
            if (ids.containsAll(mapping.classes())) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /**
     * The study as it will be created, without values: the class system's template over the years, its area series
     * in {@code unit}, a top region named {@code whole}.
     */
    public static Study template(String name, String whole, String classSystem, String unit, int firstYear, int lastYear,
            String dataSource) {
        Study study = StudyTemplates.template(StudyTemplates.classSystem(classSystem).orElseThrow(), firstYear, lastYear);
        study.setName(name);
        study.setDataSource(dataSource);
        for (Series s : study.getSeries()) {
            if (s.getId().startsWith("area.")) {
                s.setUnit(unit);
            }
        }
        Region top = LandCarbonFactory.eINSTANCE.createRegion();
        top.setName(whole);
        study.setRegion(top);
        return study;
    }

    /** The region import of the areas into {@code study} (a subregion per region code), to show before {@link #apply}. */
    public static RegionImportPreview preview(Study study, Path firstRaster, List<RegionArea> areas) {
        return preview(study, firstRaster, areas, List.of());
    }

    /**
     * As {@link #preview(Study, Path, List)}, each area series getting the range of the land-cover product's accuracy
     * ({@link AreaAccuracy}; none when the list is empty).
     *
     * @since 0.1.1
     */
    public static RegionImportPreview preview(Study study, Path firstRaster, List<RegionArea> areas, List<AreaAccuracy> accuracy) {
        return RegionImports.previewAreas(firstRaster, IMPORTER_ID, study, areas, accuracy);
    }

    /**
     * Writes the preview into the study. The top region's area series are then dropped when empty: an own series,
     * even an empty one, would hide the sum of the subregions that {@code Regions.whole} gives for the whole.
     */
    public static void apply(RegionImportPreview preview, Study study) throws ImportException {
        preview.applyTo(study);
        study.getSeries().removeIf(s -> s.getId().startsWith("area.") && s.getValues().isEmpty());
    }
}
