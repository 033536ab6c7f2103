package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.io.AreaAccuracy;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.RegionImports;
import org.landcarbon.model.Study;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.ClassMapping;
import org.landcarbon.spatial.GeoTiffRaster;
import org.landcarbon.spatial.ZonalResult;
import org.landcarbon.spatial.study.RasterStudies;
import org.landcarbon.spatial.study.ZonalAreas;

/**
 * {@code zonal --into STUDY}: the zonal areas written into the study's regions through the region import's preview, with
 * the land-cover product's accuracy as the areas' range when {@code --accuracy} is given.
 */
final class ZonalInto {

    private ZonalInto() {
    }

    /** {@code --accuracy} as given: an overall percentage with its source, or a per-class CSV; null for none. */
    record Accuracy(AreaAccuracy overall, Path table) {
    }

    static Accuracy accuracy(String value, String source) throws UsageException {
        if (value == null) {
            if (source != null) {
                throw new UsageException("--accuracy-source goes with --accuracy PCT");
            }
            return null;
        }
        if (value.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            if (source != null) {
                throw new UsageException("--accuracy FILE.csv gives a source on each row; leave out --accuracy-source");
            }
            return new Accuracy(null, Path.of(value));
        }
        double pct;
        try {
            pct = Double.parseDouble(value.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--accuracy takes a percentage (e.g. 79.31) or a .csv file class,user_accuracy_pct,source, got '"
                    + value + "'");
        }
        String problem = AreaAccuracy.problem(pct, source);
        if (problem != null) {
            throw new UsageException("--accuracy " + value + ": " + problem + (source == null || source.isBlank()
                    ? "; give it with --accuracy-source TEXT" : ""));
        }
        return new Accuracy(AreaAccuracy.overall(pct, source), null);
    }

    static int write(ZonalResult result, Boundaries boundaries, List<GeoTiffRaster> rasters, List<String> years, ClassMapping mapping,
            boolean allowPartial, Study study, Path studyFile, boolean dryRun, Accuracy accuracy, PrintStream out, PrintStream err)
            throws Exception {
        ZonalAreas.Plan plan = ZonalAreas.plan(result, boundaries.source(), rasters.stream().map(GeoTiffRaster::path).toList(),
                years.stream().map(Integer::valueOf).toList(), mapping, allowPartial);
        if (!plan.partial().isEmpty()) {
            plan.partial().forEach(p -> err.println(p + ": its areas would cover only part of it; give --allow-partial to write them anyway"));
            err.println("landcarbon zonal: nothing written; " + studyFile + " is unchanged");
            return Command.FAILURE;
        }
        List<AreaAccuracy> accuracies = List.of();
        if (accuracy != null && accuracy.table() != null) {
            List<ImportProblem> problems = new ArrayList<>();
            accuracies = RegionImports.readAccuracy(accuracy.table(), study, problems);
            problems.forEach(err::println);
            if (problems.stream().anyMatch(ImportProblem::isError)) {
                err.println("landcarbon zonal: " + accuracy.table() + " refused; nothing written, " + studyFile + " is unchanged");
                return Command.FAILURE;
            }
        } else if (accuracy != null) {
            accuracies = List.of(accuracy.overall());
        }
        return RegionImportRun.finish(RasterStudies.preview(study, rasters.get(0).path(), plan.areas(), accuracies), study, studyFile,
                dryRun, "zonal", out, err);
    }
}
