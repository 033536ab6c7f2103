package org.landcarbon.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.io.internal.AccuracyTable;
import org.landcarbon.io.internal.CellTable;
import org.landcarbon.io.internal.ColumnNames;
import org.landcarbon.io.internal.CsvTables;
import org.landcarbon.io.internal.GeeHistograms;
import org.landcarbon.io.internal.Problems;
import org.landcarbon.io.internal.RegionLongLayout;
import org.landcarbon.io.internal.RegionPlanner;
import org.landcarbon.io.internal.RawRanges;
import org.landcarbon.io.internal.RawValue;
import org.landcarbon.io.internal.RegionRaw;
import org.landcarbon.io.internal.SeriesCatalog;
import org.landcarbon.io.internal.XlsxTables;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;

/**
 * Imports into a study's regions: the long layout with a region column (CSV or XLSX) and Google Earth Engine's
 * frequencyHistogram CSV export. Both are previewed first and applied all or nothing; missing subregions are
 * created. See docs/regions.md.
 */
public final class RegionImports {

    public static final String LONG_ID = "regions-long";
    public static final String GEE_ID = "gee-histogram";

    private static final Unit M2 = Unit.parse("m2");

    private RegionImports() {
    }

    /** True when the file's first row is a region long-layout header (region code, year, series, value, ...). */
    public static boolean looksRegional(Path file) {
        if (StudyImporter.hasExtension(file, List.of("xlsx"))) {
            List<CellTable> tables = XlsxTables.read(file, new Problems());
            return !tables.isEmpty() && RegionLongLayout.looksRegional(tables.get(0).rows().get(0));
        }
        return CsvTables.firstRow(file).map(RegionLongLayout::looksRegional).orElse(false);
    }

    /** The long layout with regions, from a CSV file or every sheet of an XLSX workbook, with its range columns. */
    public static RegionImportPreview previewLong(Path file, Study study) {
        Problems problems = new Problems();
        List<RegionRaw> raws = new ArrayList<>();
        RawRanges ranges = new RawRanges();
        if (StudyImporter.hasExtension(file, List.of("xlsx"))) {
            for (CellTable table : XlsxTables.read(file, problems)) {
                RegionLongLayout.parse(table, study, problems, raws, ranges);
            }
        } else {
            CsvTables.read(file, problems).ifPresent(t -> RegionLongLayout.parse(t, study, problems, raws, ranges));
        }
        return RegionPlanner.plan(file, LONG_ID, study, raws, ranges, problems);
    }

    /**
     * Areas computed for regions (the zonal statistics of {@code landcarbon zonal --into}): each to {@code area.<class>}
     * of its year, converted to the unit of the region's (or the top region's) series, {@code 10^4 hm2} for a new one.
     * A class the study's land-class system lacks is an error naming it.
     */
    public static RegionImportPreview previewAreas(Path file, String importerId, Study study, List<RegionArea> areas) {
        return previewAreas(file, importerId, study, areas, List.of());
    }

    /**
     * As {@link #previewAreas(Path, String, Study, List)}, and each area series written gets the range of its class's
     * accuracy ({@link AreaAccuracy#range()}): the accuracy of its class, else the overall one (empty class). With
     * accuracies given, a class written without one is an error.
     *
     * @since 0.1.1
     */
    public static RegionImportPreview previewAreas(Path file, String importerId, Study study, List<RegionArea> areas,
            List<AreaAccuracy> accuracy) {
        Problems problems = new Problems();
        List<RegionRaw> raws = new ArrayList<>();
        RawRanges ranges = new RawRanges();
        java.util.Set<String> unknown = new java.util.LinkedHashSet<>();
        java.util.Set<String> uncovered = new java.util.LinkedHashSet<>();
        for (RegionArea a : areas) {
            String id = areaSeries(a.landClass(), study);
            if (id == null) {
                if (unknown.add(a.landClass())) {
                    problems.error(a.source(), 0, 0, null, "class '" + a.landClass() + "' is not a land class of the study: "
                            + ColumnNames.classList(study) + "; map the raster's codes onto them (--classes seed or a MAPPING.csv code,class)");
                }
                continue;
            }
            RawValue raw = new RawValue(SeriesCatalog.of(id), a.year(), a.m2(), M2, "m2", a.source(), 0, 0, null, a.provenance());
            raws.add(new RegionRaw(a.code(), a.name(), "", raw, "10^4 hm2"));
            if (accuracy.isEmpty()) {
                continue;
            }
            AreaAccuracy acc = accuracy.stream().filter(x -> id.equals(areaSeries(x.landClass(), study))).findFirst()
                    .or(() -> accuracy.stream().filter(x -> x.landClass().isBlank()).findFirst()).orElse(null);
            if (acc == null) {
                if (uncovered.add(id)) {
                    problems.error(a.source(), 0, 0, null, "no accuracy for " + id + " (class '" + a.landClass() + "'): give a row "
                            + "for every class the raster writes, as the accuracy assessment reports them");
                }
                continue;
            }
            String reason = AreaAccuracy.problem(acc.accuracyPct(), acc.source());
            if (reason != null) {
                problems.error(acc.where(), 0, 0, null, reason);
                return RegionPlanner.plan(file, importerId, study, List.of(), problems);
            }
            ranges.add(new RawRanges.Given(a.code(), id, acc.range(), acc.where(), 0, 0, null, acc.where()), problems);
        }
        boolean refused = problems.hasErrors(); // then nothing is planned, so that only the reasons are listed
        return RegionPlanner.plan(file, importerId, study, refused ? List.of() : raws, refused ? new RawRanges() : ranges, problems);
    }

    /**
     * A land-cover product's accuracy per class from a CSV {@code class,user_accuracy_pct,source}; its problems (with
     * file, row and column) are added to {@code problems}.
     *
     * @since 0.1.1
     */
    public static List<AreaAccuracy> readAccuracy(Path csv, Study study, List<ImportProblem> problems) {
        Problems found = new Problems();
        List<AreaAccuracy> out = AccuracyTable.read(csv, study, found);
        problems.addAll(found.list());
        return found.hasErrors() ? List.of() : out;
    }

    private static String areaSeries(String landClass, Study study) {
        return landClass.isBlank() ? null
                : ColumnNames.resolve(landClass, study).filter(s -> s.id().startsWith("area.")).map(s -> s.id()).orElse(null);
    }

    /** A GEE frequencyHistogram export: one row per feature (region), class areas of one year. */
    public static RegionImportPreview previewGee(Path file, Study study, GeeOptions options) {
        Problems problems = new Problems();
        List<RegionRaw> raws = new ArrayList<>();
        GeeHistograms.read(file, study, options, problems, raws);
        return RegionPlanner.plan(file, GEE_ID, study, raws, problems);
    }
}
