package org.landcarbon.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.study.Regions;
import org.landcarbon.model.study.Studies;

/**
 * What an import into a study's regions would do, computed without touching the study: the subregions it would
 * create, every value and series range it would write and every problem found. {@link #applyTo(Study)} writes all
 * or nothing.
 */
public final class RegionImportPreview {

    private final Path file;
    private final String importerId;
    private final List<NewRegion> newRegions;
    private final List<RegionChange> changes;
    private final List<RegionRangeChange> ranges;
    private final List<ImportProblem> problems;

    public RegionImportPreview(Path file, String importerId, List<NewRegion> newRegions, List<RegionChange> changes,
            List<ImportProblem> problems) {
        this(file, importerId, newRegions, changes, List.of(), problems);
    }

    /** @since 0.1.1 */
    public RegionImportPreview(Path file, String importerId, List<NewRegion> newRegions, List<RegionChange> changes,
            List<RegionRangeChange> ranges, List<ImportProblem> problems) {
        this.file = file;
        this.importerId = importerId;
        this.newRegions = List.copyOf(newRegions);
        this.changes = List.copyOf(changes);
        this.ranges = List.copyOf(ranges);
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public String importerId() {
        return importerId;
    }

    /** The subregions the import creates, parents before their subregions. */
    public List<NewRegion> newRegions() {
        return newRegions;
    }

    /** The values it writes, in file order. */
    public List<RegionChange> changes() {
        return changes;
    }

    /**
     * The series ranges it sets, one per region and series, in file order. Empty when there are errors.
     *
     * @since 0.1.1
     */
    public List<RegionRangeChange> ranges() {
        return ranges;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    /** Region code -> number of values written to it, in file order. */
    public Map<String, Integer> valuesPerRegion() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        changes.forEach(c -> counts.merge(c.regionCode(), 1, Integer::sum));
        return counts;
    }

    /**
     * Creates the new subregions and writes every value, marked IMPORTED with its provenance, and every range (it
     * replaces the series' range; a series the import gives none keeps its own). Nothing is written
     * when the preview has errors or the study changed since the preview was made.
     */
    public void applyTo(Study study) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (hasErrors()) {
            throw new ImportException(name + ": not imported, " + errors().size() + " error(s)", errors());
        }
        List<ImportProblem> stale = new ArrayList<>();
        for (NewRegion r : newRegions) {
            if (Regions.find(study, r.code()).isPresent()) {
                stale.add(stale(name, "region " + r.code() + " exists now"));
            }
        }
        for (RegionChange c : changes) {
            Region region = Regions.find(study, c.regionCode()).orElse(null);
            if (region == null && newRegions.stream().noneMatch(r -> r.code().equals(c.regionCode()))) {
                stale.add(stale(name, "region " + c.regionCode() + " is gone"));
                continue;
            }
            Series series = region == null ? null : series(study, region, c.value().seriesId());
            Double now = series == null ? null : Studies.yearValue(series, c.value().year()).map(YearValue::getValue).orElse(null);
            if (!Objects.equals(now, c.value().previous())) {
                stale.add(stale(name, c.regionCode() + " " + c.value().seriesId() + " " + c.value().year()));
            }
        }
        for (RegionRangeChange r : ranges) {
            Region region = Regions.find(study, r.regionCode()).orElse(null);
            Series series = region == null ? null : series(study, region, r.range().seriesId());
            Uncertainty now = series == null ? null : series.getUncertainty();
            if (!(now == null ? r.range().previous() == null : EcoreUtil.equals(now, r.range().previous()))) {
                stale.add(stale(name, "range of " + r.range().seriesId() + " of region " + r.regionCode()));
            }
        }
        if (study.getRegion() == null) {
            stale.add(stale(name, "the study has no region"));
        }
        if (!stale.isEmpty()) {
            throw new ImportException(name + ": not imported, the study changed since the preview", stale);
        }
        for (NewRegion r : newRegions) {
            Region parent = Regions.find(study, r.parentCode()).orElse(study.getRegion());
            Regions.addSubregion(parent, r.code(), r.name());
        }
        for (RegionChange c : changes) {
            Region region = Regions.find(study, c.regionCode()).orElseThrow();
            ValueChange v = c.value();
            Series series = series(study, region, v.seriesId());
            if (series == null) {
                series = LandCarbonFactory.eINSTANCE.createSeries();
                series.setId(v.seriesId());
                series.setKind(v.kind());
                series.setSubject(v.subject());
                series.setUnit(v.unit());
                Regions.ownSeries(study, region).add(series);
            }
            Studies.setValue(series, v.year(), v.value(), ProvenanceKind.IMPORTED, v.provenance());
        }
        for (RegionRangeChange r : ranges) {
            // the planner only lets through ranges of series the study or the file's values give the region
            Region region = Regions.find(study, r.regionCode()).orElseThrow();
            Series series = series(study, region, r.range().seriesId());
            if (series != null) {
                series.setUncertainty(EcoreUtil.copy(r.range().range()));
            }
        }
    }

    private static ImportProblem stale(String file, String what) {
        return new ImportProblem(ImportProblem.Severity.ERROR, file, 0, 0, null,
                "the study changed since the preview (" + what + "); preview the import again");
    }

    static Series series(Study study, Region region, String id) {
        return Regions.ownSeries(study, region).stream().filter(s -> id.equals(s.getId())).findFirst().orElse(null);
    }
}
