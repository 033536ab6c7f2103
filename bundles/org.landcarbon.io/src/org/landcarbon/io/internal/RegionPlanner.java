package org.landcarbon.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.landcarbon.io.NewRegion;
import org.landcarbon.io.RangeChange;
import org.landcarbon.io.RegionChange;
import org.landcarbon.io.RegionImportPreview;
import org.landcarbon.io.RegionRangeChange;
import org.landcarbon.io.ValueChange;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.study.Regions;
import org.landcarbon.model.units.Unit;

/**
 * Turns values read for regions into the changes a region import makes: the regions to create (under the top
 * region or the parent the file names), each value converted to the unit of the region's series (or the top
 * region's series of that id), duplicates of region, series and year refused, and each range checked to belong to
 * a series the region has or gets.
 */
public final class RegionPlanner {

    private RegionPlanner() {
    }

    public static RegionImportPreview plan(Path file, String importerId, Study study, List<RegionRaw> raws, Problems problems) {
        return plan(file, importerId, study, raws, new RawRanges(), problems);
    }

    public static RegionImportPreview plan(Path file, String importerId, Study study, List<RegionRaw> raws, RawRanges ranges,
            Problems problems) {
        String fileName = ImportPlanner.fileName(file);
        if (study.getRegion() == null) {
            problems.fileError(fileName, "the study has no region: give it its top region first (landcarbon new --region)");
            return new RegionImportPreview(file, importerId, List.of(), List.of(), problems.list());
        }
        Map<String, NewRegion> created = new LinkedHashMap<>();
        Map<String, RegionRaw> firstRow = new HashMap<>();
        Map<String, RegionRaw> seen = new HashMap<>();
        Map<String, Unit> newSeriesUnits = new HashMap<>();
        List<RegionChange> changes = new ArrayList<>();
        for (RegionRaw r : raws) {
            RawValue raw = r.raw();
            Region existing = Regions.find(study, r.code()).orElse(null);
            RegionRaw first = firstRow.putIfAbsent(r.code(), r);
            if (first != null && !first.name().equals(r.name()) && !r.name().isEmpty() && !first.name().isEmpty()) {
                problems.error(raw.source(), raw.row(), 0, null, "region " + r.code() + " is named '" + r.name()
                        + "' here but '" + first.name() + "' in row " + first.raw().row());
                continue;
            }
            if (first != null && !first.parentCode().equals(r.parentCode())) {
                problems.error(raw.source(), raw.row(), 0, null, "region " + r.code() + " has the parent '" + r.parentCode()
                        + "' here but '" + first.parentCode() + "' in row " + first.raw().row());
                continue;
            }
            if (existing != null && !r.parentCode().isEmpty() && !Regions.isTop(study, existing)) {
                String actual = Regions.parent(existing).map(Region::getCode).orElse("");
                if (!r.parentCode().equals(actual)) {
                    problems.error(raw.source(), raw.row(), 0, null, "region " + r.code() + " is in " + actual
                            + " in the study, not in " + r.parentCode());
                    continue;
                }
            }
            if (existing == null && !created.containsKey(r.code())) {
                String parent = r.parentCode().isEmpty() ? study.getRegion().getCode() : r.parentCode();
                created.put(r.code(), new NewRegion(r.code(), r.name(), parent == null ? "" : parent, raw.provenance()));
            }
            String id = raw.series().id();
            String key = r.code() + "|" + id + "|" + raw.year();
            RegionRaw earlier = seen.putIfAbsent(key, r);
            if (earlier != null) {
                problems.error(raw.source(), raw.row(), raw.column(), raw.header(), "duplicate value for region " + r.code()
                        + ", " + id + " in " + raw.year() + " (also row " + earlier.raw().row() + ")");
                continue;
            }
            Series target = existing == null ? null : series(Regions.ownSeries(study, existing), id);
            if (target == null) {
                target = series(study.getSeries(), id); // keep a subregion's unit the same as the top region's
            }
            Unit unit;
            boolean newSeries = existing == null || series(Regions.ownSeries(study, existing), id) == null;
            if (target != null && target.getUnit() != null && !target.getUnit().isBlank()) {
                Optional<Unit> u = Units.parse(target.getUnit());
                if (u.isEmpty() || !u.get().isCompatible(raw.unit())) {
                    problems.error(raw.source(), raw.row(), raw.column(), raw.header(), "unit '" + raw.unitText()
                            + "' does not fit the study's series " + id + " in '" + target.getUnit() + "'");
                    continue;
                }
                unit = u.get();
            } else {
                Unit fallback = r.newSeriesUnit() == null ? raw.unit() : Units.parse(r.newSeriesUnit()).orElse(raw.unit());
                unit = newSeriesUnits.computeIfAbsent(id, k -> fallback);
            }
            String unitText = target != null && target.getUnit() != null && !target.getUnit().isBlank() ? target.getUnit() : unit.symbol();
            Double previous = existing == null ? null : previous(series(Regions.ownSeries(study, existing), id), raw.year());
            double value = ImportPlanner.convert(raw.value(), raw.unit(), unit);
            changes.add(new RegionChange(r.code(), new ValueChange(id, raw.series().kind(), raw.series().subject(), raw.year(), value,
                    unitText, raw.value(), raw.unitText(), previous, newSeries, raw.provenance())));
        }
        List<RegionRangeChange> rangeChanges = ranges(study, ranges, changes, problems);
        List<NewRegion> ordered = parentsFirst(study, created, problems, fileName);
        if (raws.isEmpty() && rangeChanges.isEmpty() && !problems.hasErrors()) {
            problems.fileError(fileName, "no values: every data cell is empty");
        }
        boolean errors = problems.hasErrors();
        return new RegionImportPreview(file, importerId, ordered, errors ? List.of() : changes, errors ? List.of() : rangeChanges,
                problems.list());
    }

    // A range needs a series: the region's own in the study, or one the import writes values into.
    private static List<RegionRangeChange> ranges(Study study, RawRanges ranges, List<RegionChange> changes, Problems problems) {
        java.util.Set<String> written = new java.util.HashSet<>();
        changes.forEach(c -> written.add(c.regionCode() + "|" + c.value().seriesId()));
        List<RegionRangeChange> out = new ArrayList<>();
        for (RawRanges.Given g : ranges.list()) {
            Region region = Regions.find(study, g.regionCode()).orElse(null);
            Series own = region == null ? null : series(Regions.ownSeries(study, region), g.seriesId());
            if (own == null && !written.contains(g.regionCode() + "|" + g.seriesId())) {
                problems.error(g.source(), g.row(), g.column(), g.header(), "a range for " + g.subject()
                        + ", which neither the study nor the file has values for");
                continue;
            }
            out.add(new RegionRangeChange(g.regionCode(), new RangeChange(g.seriesId(), g.range(),
                    own == null ? null : own.getUncertainty(), g.provenance())));
        }
        return out;
    }

    // A parent named in the file must be the top region, a region of the study or one the file creates.
    private static List<NewRegion> parentsFirst(Study study, Map<String, NewRegion> created, Problems problems, String fileName) {
        List<NewRegion> ordered = new ArrayList<>();
        List<NewRegion> pending = new ArrayList<>(created.values());
        java.util.Set<String> available = new java.util.HashSet<>();
        Regions.walk(study).forEach(n -> available.add(n.region().getCode() == null ? "" : n.region().getCode().strip()));
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext();) {
                NewRegion r = it.next();
                if (available.contains(r.parentCode())) {
                    ordered.add(r);
                    available.add(r.code());
                    it.remove();
                    progress = true;
                }
            }
        }
        for (NewRegion r : pending) {
            problems.error(fileName, 0, 0, null, "region " + r.code() + " (first in " + r.source() + "): its parent '" + r.parentCode()
                    + "' is neither a region of the study nor one in the file" + (created.containsKey(r.parentCode()) ? " (parents form a cycle)" : ""));
        }
        return ordered;
    }

    private static Series series(List<Series> list, String id) {
        return list.stream().filter(s -> id.equals(s.getId())).findFirst().orElse(null);
    }

    private static Double previous(Series series, int year) {
        if (series == null) {
            return null;
        }
        for (YearValue v : series.getValues()) {
            if (v.getYear() == year) {
                return v.getValue();
            }
        }
        return null;
    }
}
