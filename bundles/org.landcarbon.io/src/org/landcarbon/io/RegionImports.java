package org.landcarbon.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.io.internal.CellTable;
import org.landcarbon.io.internal.CsvTables;
import org.landcarbon.io.internal.GeeHistograms;
import org.landcarbon.io.internal.Problems;
import org.landcarbon.io.internal.RegionLongLayout;
import org.landcarbon.io.internal.RegionPlanner;
import org.landcarbon.io.internal.RegionRaw;
import org.landcarbon.io.internal.XlsxTables;
import org.landcarbon.model.Study;

/**
 * Imports into a study's regions: the long layout with a region column (CSV or XLSX) and Google Earth Engine's
 * frequencyHistogram CSV export. Both are previewed first and applied all or nothing; missing subregions are
 * created. See docs/regions.md.
 */
public final class RegionImports {

    public static final String LONG_ID = "regions-long";
    public static final String GEE_ID = "gee-histogram";

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

    /** The long layout with regions, from a CSV file or every sheet of an XLSX workbook. */
    public static RegionImportPreview previewLong(Path file, Study study) {
        Problems problems = new Problems();
        List<RegionRaw> raws = new ArrayList<>();
        if (StudyImporter.hasExtension(file, List.of("xlsx"))) {
            for (CellTable table : XlsxTables.read(file, problems)) {
                RegionLongLayout.parse(table, study, problems, raws);
            }
        } else {
            CsvTables.read(file, problems).ifPresent(t -> RegionLongLayout.parse(t, study, problems, raws));
        }
        return RegionPlanner.plan(file, LONG_ID, study, raws, problems);
    }

    /** A GEE frequencyHistogram export: one row per feature (region), class areas of one year. */
    public static RegionImportPreview previewGee(Path file, Study study, GeeOptions options) {
        Problems problems = new Problems();
        List<RegionRaw> raws = new ArrayList<>();
        GeeHistograms.read(file, study, options, problems, raws);
        return RegionPlanner.plan(file, GEE_ID, study, raws, problems);
    }
}
