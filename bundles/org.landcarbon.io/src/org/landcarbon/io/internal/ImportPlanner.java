package org.landcarbon.io.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.RangeChange;
import org.landcarbon.io.ValueChange;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;

/**
 * Turns the values read from a file into the changes an import would make: each value converted to
 * the unit of the study's series (or starting a new series in the file's unit), checked for
 * duplicates across sheets and for years outside the study.
 */
public final class ImportPlanner {

    private ImportPlanner() {
    }

    public static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    public static ImportPreview plan(Path file, String importerId, Study study, List<RawValue> raws, RawRanges ranges,
            Problems problems) {
        List<ValueChange> changes = new ArrayList<>();
        Map<String, RawValue> seen = new HashMap<>();
        Map<String, Unit> newSeriesUnits = new HashMap<>();
        for (RawValue raw : raws) {
            String id = raw.series().id();
            RawValue earlier = seen.putIfAbsent(id + "@" + raw.year(), raw);
            if (earlier != null) {
                problems.error(raw.source(), raw.row(), raw.column(), raw.header(), "duplicate value for " + id + " in "
                        + raw.year() + " (also " + earlier.source() + ", row " + earlier.row() + ")");
                continue;
            }
            Series existing = find(study, id);
            Unit target;
            boolean newSeries = existing == null;
            if (existing != null && existing.getUnit() != null && !existing.getUnit().isBlank()) {
                Optional<Unit> studyUnit = Units.parse(existing.getUnit());
                if (studyUnit.isEmpty()) {
                    problems.error(raw.source(), raw.row(), raw.column(), raw.header(), "the study's series " + id
                            + " has the unknown unit '" + existing.getUnit() + "', cannot convert to it");
                    continue;
                }
                target = studyUnit.get();
                if (!target.isCompatible(raw.unit())) {
                    problems.error(raw.source(), raw.row(), raw.column(), raw.header(), "unit '" + raw.unitText()
                            + "' does not fit the study's series " + id + " in '" + existing.getUnit() + "'");
                    continue;
                }
            } else {
                target = newSeriesUnits.computeIfAbsent(id, k -> raw.unit());
            }
            double value = convert(raw.value(), raw.unit(), target);
            Double previous = existing == null ? null : previous(existing, raw.year());
            String unitSymbol = existing != null && existing.getUnit() != null && !existing.getUnit().isBlank()
                    ? existing.getUnit() : target.symbol();
            changes.add(new ValueChange(id, raw.series().kind(), raw.series().subject(), raw.year(), value, unitSymbol,
                    raw.value(), raw.unitText(), previous, newSeries, raw.provenance()));
            if (study.getStartYear() > 0 && study.getEndYear() >= study.getStartYear()
                    && (raw.year() < study.getStartYear() || raw.year() > study.getEndYear())) {
                problems.warning(raw.source(), raw.row(), raw.column(), raw.header(), "year " + raw.year()
                        + " is outside the study's years " + study.getStartYear() + "-" + study.getEndYear());
            }
        }
        List<RangeChange> rangeChanges = new ArrayList<>();
        for (RawRanges.Given g : ranges.list()) {
            Series existing = find(study, g.seriesId());
            if (existing == null && !newSeriesUnits.containsKey(g.seriesId())) {
                problems.error(g.source(), g.row(), g.column(), g.header(), "a range for " + g.seriesId()
                        + ", which neither the study nor the file has values for");
            } else {
                rangeChanges.add(new RangeChange(g.seriesId(), g.range(), existing == null ? null : existing.getUncertainty(),
                        g.provenance()));
            }
        }
        if (raws.isEmpty() && rangeChanges.isEmpty() && !problems.hasErrors()) {
            problems.fileError(fileName(file), "no values: every data cell is empty");
        }
        return new ImportPreview(file, importerId, changes, List.of(), rangeChanges, problems.list());
    }

    /** Converted value, rounded to 15 significant digits so that 7907300 hm2 reads as 790.73, not 790.7300000000001. */
    static double convert(double value, Unit from, Unit to) {
        double v = from.convert(value, to);
        if (from.factor() == to.factor() || v == 0 || Double.isNaN(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(15)).doubleValue();
    }

    private static Series find(Study study, String id) {
        return study.getSeries().stream().filter(s -> id.equals(s.getId())).findFirst().orElse(null);
    }

    private static Double previous(Series series, int year) {
        for (YearValue v : series.getValues()) {
            if (v.getYear() == year) {
                return v.getValue();
            }
        }
        return null;
    }
}
