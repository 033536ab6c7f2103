package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.RangeChange;
import org.landcarbon.io.ReportedChange;
import org.landcarbon.io.RegionImports;
import org.landcarbon.io.ReportedImports;
import org.landcarbon.io.StudyFormats;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.io.ValueChange;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon import --into STUDY FILE}: reads yearly series from CSV or XLSX into a study, all or nothing. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=import")
public final class ImportCommand implements Command {

    @Reference
    private StudyFormats formats;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import yearly series from a CSV or XLSX file into a study";
    }

    @Override
    public String usage() {
        String ids = formats == null ? "csv-wide|csv-long|xlsx"
                : formats.importers().stream().map(StudyImporter::id).collect(Collectors.joining("|"));
        return "Usage: landcarbon import --into STUDY FILE [--format " + ids + "] [--dry-run]\n"
                + "       landcarbon import --into STUDY FILE --reported --source CITATION [--unit UNIT] [--dry-run]\n"
                + "       landcarbon import --into STUDY FILE --regions [--dry-run]\n\n"
                + "Reads FILE and writes its values into the study file STUDY (*.landcarbon), each marked\n"
                + "IMPORTED with FILE:ROW. Without --format the format is chosen by the file's extension and,\n"
                + "for CSV, by its header (year,series,value,unit = long layout). Every problem is listed with\n"
                + "its file, row and column; if any is an error nothing is imported and STUDY is unchanged\n"
                + "(exit 1). --dry-run shows what would change without saving.\n\n"
                + "--reported reads a publication's table of reported values instead (format " + ReportedImports.CSV_FORMAT + ":\n"
                + "# comment lines, then year and one column per component such as forest or net) into the\n"
                + "study's reported values, kept apart from its inputs. --source (the publication and table)\n"
                + "is required; --unit gives the unit of every column (e.g. '10^4 t C') unless the header\n"
                + "does. See docs/import-export.md.\n\n"
                + "--regions reads the long layout with regions (CSV or XLSX; columns region code, region name,\n"
                + "year, series or class, value, and optionally unit, parent and the range columns\n"
                + "distribution,sd,min,max,percent,percent_upper,uncertainty_source) into the study's regions,\n"
                + "creating missing subregions under the top region or the parent given. A file whose header\n"
                + "has a region code column is read this way without --regions. See docs/regions.md.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        IoOptions o = IoOptions.parse(args, Set.of("--into", "--format", "--dry-run!", "--reported!", "--source", "--unit",
                "--regions!"));
        if (o.operands.size() != 1) {
            throw new UsageException(o.operands.isEmpty() ? "missing FILE to import"
                    : "one FILE at a time, got " + String.join(" ", o.operands));
        }
        Path studyFile = Path.of(o.required("--into"));
        Path file = Path.of(o.operands.get(0));
        boolean reported = o.options.containsKey("--reported") || ReportedImports.CSV_FORMAT.equals(o.options.get("--format"));
        if (!reported && (o.options.containsKey("--source") || o.options.containsKey("--unit"))) {
            throw new UsageException("--source and --unit go with --reported");
        }
        boolean regions = o.options.containsKey("--regions")
                || !reported && !o.options.containsKey("--format") && RegionImports.looksRegional(file);
        if (regions && (reported || o.options.containsKey("--format"))) {
            throw new UsageException("--regions reads its own layout; it does not go with --reported or --format");
        }
        if (regions) {
            if (!Files.isRegularFile(studyFile)) {
                err.println("landcarbon import: study not found: " + studyFile);
                return FAILURE;
            }
            Study study = StudyFiles.load(studyFile);
            return RegionImportRun.finish(RegionImports.previewLong(file, study), study, studyFile, o.options.containsKey("--dry-run"),
                    "import", out, err);
        }
        StudyImporter importer = reported ? reportedImporter(o) : chooseImporter(o.options.get("--format"), file);
        if (!Files.isRegularFile(studyFile)) {
            err.println("landcarbon import: study not found: " + studyFile);
            return FAILURE;
        }
        Study study = StudyFiles.load(studyFile);
        ImportPreview preview = importer.preview(file, study);
        for (ImportProblem p : preview.problems()) {
            (p.isError() ? err : out).println(p);
        }
        if (preview.hasErrors()) {
            err.println("landcarbon import: " + file + " not imported: " + preview.errors().size()
                    + " error(s); " + studyFile + " is unchanged");
            return FAILURE;
        }
        boolean dryRun = o.options.containsKey("--dry-run");
        if (reported) {
            printReported(preview, studyFile, file, dryRun, out);
        } else {
            printChanges(preview, importer, studyFile, file, dryRun, out);
        }
        if (dryRun) {
            out.println("Dry run: " + studyFile + " not changed.");
            return OK;
        }
        importer.apply(preview, study);
        StudyFiles.save(study, studyFile);
        return OK;
    }

    private static void printChanges(ImportPreview preview, StudyImporter importer, Path studyFile, Path file,
            boolean dryRun, PrintStream out) {
        out.println((dryRun ? "Would import " : "Imported ") + preview.changes().size() + " values into "
                + preview.valuesPerSeries().size() + " series of " + studyFile + " from " + file + " ("
                + importer.id() + "):");
        Map<String, List<ValueChange>> bySeries = preview.changes().stream()
                .collect(Collectors.groupingBy(ValueChange::seriesId, java.util.LinkedHashMap::new, Collectors.toList()));
        bySeries.forEach((id, changes) -> out.println("  " + describe(id, changes)));
        for (RangeChange r : preview.ranges()) {
            out.println("  range of " + r.seriesId() + ": " + r.describeChange());
        }
    }

    private static void printReported(ImportPreview preview, Path studyFile, Path file, boolean dryRun, PrintStream out) {
        Map<String, List<ReportedChange>> byComponent = preview.reported().stream()
                .collect(Collectors.groupingBy(ReportedChange::component, java.util.LinkedHashMap::new, Collectors.toList()));
        out.println((dryRun ? "Would import " : "Imported ") + preview.reported().size() + " reported values of "
                + byComponent.size() + " components into " + studyFile + " from " + file + " ("
                + ReportedImports.CSV_FORMAT + "), source: " + preview.reported().get(0).source());
        byComponent.forEach((component, changes) -> {
            int min = changes.stream().mapToInt(ReportedChange::year).min().orElse(0);
            int max = changes.stream().mapToInt(ReportedChange::year).max().orElse(0);
            long replaced = changes.stream().filter(c -> c.previous() != null && !c.unchanged()).count();
            long same = changes.stream().filter(ReportedChange::unchanged).count();
            out.println("  " + component + ": " + changes.size() + (changes.size() == 1 ? " value, " : " values, ")
                    + (min == max ? Integer.toString(min) : min + "-" + max) + ", "
                    + changes.stream().map(ReportedChange::unit).distinct().collect(Collectors.joining(", "))
                    + (replaced > 0 ? ", " + replaced + " replaced" : "") + (same > 0 ? ", " + same + " unchanged" : ""));
        });
    }

    private static StudyImporter reportedImporter(IoOptions o) throws UsageException {
        String format = o.options.get("--format");
        if (format != null && !ReportedImports.CSV_FORMAT.equals(format)) {
            throw new UsageException("--reported reads the " + ReportedImports.CSV_FORMAT + " format, not --format " + format);
        }
        String source = o.options.get("--source");
        if (source == null || source.isBlank()) {
            throw new UsageException("reported values need --source \"the publication and table\"");
        }
        try {
            return ReportedImports.csv(source, o.options.get("--unit"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--unit: " + e.getMessage());
        }
    }

    private StudyImporter chooseImporter(String format, Path file) throws UsageException {
        if (format != null) {
            return formats.importer(format).orElseThrow(() -> new UsageException("unknown --format '" + format
                    + "'; one of " + formats.importers().stream().map(StudyImporter::id).collect(Collectors.joining(", "))));
        }
        return formats.importerFor(file).orElseThrow(() -> new UsageException("cannot tell the format of " + file
                + " from its extension; give --format, one of "
                + formats.importers().stream().map(StudyImporter::id).collect(Collectors.joining(", "))));
    }

    private static String describe(String id, List<ValueChange> changes) {
        ValueChange first = changes.get(0);
        int min = changes.stream().mapToInt(ValueChange::year).min().orElse(0);
        int max = changes.stream().mapToInt(ValueChange::year).max().orElse(0);
        long replaced = changes.stream().filter(c -> c.previous() != null && !c.unchanged()).count();
        long same = changes.stream().filter(ValueChange::unchanged).count();
        StringBuilder sb = new StringBuilder(id).append(": ").append(changes.size()).append(changes.size() == 1 ? " value" : " values")
                .append(", ").append(min == max ? Integer.toString(min) : min + "-" + max).append(", ").append(first.unit());
        if (first.newSeries()) {
            sb.append(", new series");
        }
        if (replaced > 0) {
            sb.append(", ").append(replaced).append(" replaced");
        }
        if (same > 0) {
            sb.append(", ").append(same).append(" unchanged");
        }
        String fileUnits = changes.stream().filter(ValueChange::converted).map(ValueChange::fileUnit).distinct()
                .collect(Collectors.joining(", "));
        if (!fileUnits.isEmpty()) {
            sb.append(" (converted from ").append(fileUnits).append(')');
        }
        return sb.toString();
    }
}
