package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.io.StudyExporter;
import org.landcarbon.io.StudyFormats;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon export STUDY --format csv|csv-long|xlsx --out FILE}: a study's yearly series as a table. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=export")
public final class ExportCommand implements Command {

    @Reference
    private StudyFormats formats;

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export a study's yearly series to CSV or XLSX";
    }

    @Override
    public String usage() {
        return "Usage: landcarbon export STUDY --format " + ids() + " --out FILE\n\n"
                + "Writes every series of STUDY with its unit: csv and xlsx one row per year and one column\n"
                + "per series ('area.forest [10^4 hm2]'), csv-long and xlsx-long one row per series and year\n"
                + "(year, series, value, unit). CSV is UTF-8 with a byte-order mark, as Excel expects. Without\n"
                + "--format the extension of FILE decides (.csv or .xlsx). See docs/import-export.md.";
    }

    private String ids() {
        return formats == null ? "csv|csv-long|xlsx|xlsx-long"
                : formats.exporters().stream().map(StudyExporter::id).collect(Collectors.joining("|"));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        IoOptions o = IoOptions.parse(args, Set.of("--format", "--out"));
        if (o.operands.size() != 1) {
            throw new UsageException(o.operands.isEmpty() ? "missing STUDY" : "one STUDY at a time, got "
                    + String.join(" ", o.operands));
        }
        Path studyFile = Path.of(o.operands.get(0));
        Path target = Path.of(o.required("--out"));
        StudyExporter exporter = exporter(formats, o.options.get("--format"), target);
        if (!Files.isRegularFile(studyFile)) {
            err.println("landcarbon export: study not found: " + studyFile);
            return FAILURE;
        }
        Study study = StudyFiles.load(studyFile);
        exporter.export(study, target);
        long values = study.getSeries().stream().mapToLong(s -> s.getValues().size()).sum();
        out.println("Wrote " + study.getSeries().size() + " series (" + values + " values) of " + studyFile + " to "
                + target + " (" + exporter.id() + ")");
        return OK;
    }

    /** The exporter named by --format (csv-wide is accepted for csv), else the one for the file's extension. */
    static StudyExporter exporter(StudyFormats formats, String format, Path target) throws UsageException {
        String id = format;
        if ("csv-wide".equals(id)) {
            id = "csv";
        } else if ("xlsx-wide".equals(id)) {
            id = "xlsx";
        }
        if (id == null) {
            String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            id = name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".csv") ? "csv" : null;
            if (id == null) {
                throw new UsageException("give --format: cannot tell it from the name " + target);
            }
        }
        String chosen = id;
        return formats.exporter(chosen).orElseThrow(() -> new UsageException("unknown --format '" + chosen + "'; one of "
                + formats.exporters().stream().map(StudyExporter::id).collect(Collectors.joining(", "))));
    }
}
