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
import org.landcarbon.io.StudyFormats;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.io.ValueChange;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon import --into STUDY FILE}: reads yearly series from CSV or XLSX into a study, all or nothing. */
@Component(service = Command.class)
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
        return "Usage: landcarbon import --into STUDY FILE [--format " + ids + "] [--dry-run]\n\n"
                + "Reads FILE and writes its values into the study file STUDY (*.landcarbon), each marked\n"
                + "IMPORTED with FILE:ROW. Without --format the format is chosen by the file's extension and,\n"
                + "for CSV, by its header (year,series,value,unit = long layout). Every problem is listed with\n"
                + "its file, row and column; if any is an error nothing is imported and STUDY is unchanged\n"
                + "(exit 1). --dry-run shows what would change without saving. See docs/import-export.md.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        IoOptions o = IoOptions.parse(args, Set.of("--into", "--format", "--dry-run!"));
        if (o.operands.size() != 1) {
            throw new UsageException(o.operands.isEmpty() ? "missing FILE to import"
                    : "one FILE at a time, got " + String.join(" ", o.operands));
        }
        Path studyFile = Path.of(o.required("--into"));
        Path file = Path.of(o.operands.get(0));
        StudyImporter importer = chooseImporter(o.options.get("--format"), file);
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
        out.println((dryRun ? "Would import " : "Imported ") + preview.changes().size() + " values into "
                + preview.valuesPerSeries().size() + " series of " + studyFile + " from " + file + " ("
                + importer.id() + "):");
        Map<String, List<ValueChange>> bySeries = preview.changes().stream()
                .collect(Collectors.groupingBy(ValueChange::seriesId, java.util.LinkedHashMap::new, Collectors.toList()));
        bySeries.forEach((id, changes) -> out.println("  " + describe(id, changes)));
        if (dryRun) {
            out.println("Dry run: " + studyFile + " not changed.");
            return OK;
        }
        importer.apply(preview, study);
        StudyFiles.save(study, studyFile);
        return OK;
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
