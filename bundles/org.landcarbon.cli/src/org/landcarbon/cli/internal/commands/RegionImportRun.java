package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.landcarbon.cli.Command;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.NewRegion;
import org.landcarbon.io.RegionRangeChange;
import org.landcarbon.io.RegionChange;
import org.landcarbon.io.RegionImportPreview;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;

/** Prints a region import's preview, then applies and saves it (the end of {@code import --regions} and {@code import-gee}). */
final class RegionImportRun {

    private RegionImportRun() {
    }

    static int finish(RegionImportPreview preview, Study study, Path studyFile, boolean dryRun, String command, PrintStream out,
            PrintStream err) throws Exception {
        for (ImportProblem p : preview.problems()) {
            (p.isError() ? err : out).println(p);
        }
        if (preview.hasErrors()) {
            err.println("landcarbon " + command + ": " + preview.file() + " not imported: " + preview.errors().size() + " error(s); "
                    + studyFile + " is unchanged");
            return Command.FAILURE;
        }
        out.println((dryRun ? "Would import " : "Imported ") + preview.changes().size() + " values into "
                + preview.valuesPerRegion().size() + " regions of " + studyFile + " from " + preview.file() + " (" + preview.importerId() + ")"
                + (preview.newRegions().isEmpty() ? ":" : ", creating " + preview.newRegions().size() + " subregions:"));
        for (NewRegion r : preview.newRegions()) {
            out.println("  new region " + r.code() + (r.name().isEmpty() ? "" : " " + r.name()) + " under " + r.parentCode());
        }
        Map<String, List<RegionChange>> byRegion = preview.changes().stream()
                .collect(Collectors.groupingBy(RegionChange::regionCode, LinkedHashMap::new, Collectors.toList()));
        byRegion.forEach((code, changes) -> {
            int min = changes.stream().mapToInt(c -> c.value().year()).min().orElse(0);
            int max = changes.stream().mapToInt(c -> c.value().year()).max().orElse(0);
            String series = changes.stream().map(c -> c.value().seriesId()).distinct().collect(Collectors.joining(", "));
            out.println("  " + code + ": " + changes.size() + (changes.size() == 1 ? " value, " : " values, ")
                    + (min == max ? Integer.toString(min) : min + "-" + max) + ": " + series);
        });
        for (RegionRangeChange r : preview.ranges()) {
            out.println("  range of " + r.range().seriesId() + " in " + r.regionCode() + ": " + r.range().describeChange());
        }
        if (dryRun) {
            out.println("Dry run: " + studyFile + " not changed.");
            return Command.OK;
        }
        preview.applyTo(study);
        StudyFiles.save(study, studyFile);
        return Command.OK;
    }
}
