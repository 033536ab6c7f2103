package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.io.StudyExporter;
import org.landcarbon.io.StudyFormats;
import org.landcarbon.io.StudyTemplates;
import org.landcarbon.model.LandClassSystem;
import org.landcarbon.model.Study;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon template}: an empty data file for a new study, with the right headers and units. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=template")
public final class TemplateCommand implements Command {

    @Reference
    private StudyFormats formats;

    @Override
    public String name() {
        return "template";
    }

    @Override
    public String summary() {
        return "write an empty CSV/XLSX data template for a new study";
    }

    @Override
    public String usage() {
        return "Usage: landcarbon template --classes seed|clcd --years FROM-TO --format csv|csv-long|xlsx|xlsx-long --out FILE\n\n"
                + "Writes a file with a column (or, in the long layouts, rows) for the area of each land class\n"
                + "of the system and for every standard series (docs/study-conventions.md), each with its\n"
                + "usual unit, and one empty row per year. Fill it in and bring it in with 'landcarbon import'.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        IoOptions o = IoOptions.parse(args, Set.of("--classes", "--years", "--format", "--out"));
        if (!o.operands.isEmpty()) {
            throw new UsageException("unexpected " + String.join(" ", o.operands));
        }
        String classes = o.required("--classes");
        LandClassSystem system = StudyTemplates.classSystem(classes).orElseThrow(() -> new UsageException(
                "unknown --classes '" + classes + "'; one of " + String.join(", ", StudyTemplates.CLASS_SYSTEMS)));
        int[] years = IoOptions.years(o.required("--years"));
        Path target = Path.of(o.required("--out"));
        StudyExporter exporter = ExportCommand.exporter(formats, o.options.get("--format"), target);
        Study template = StudyTemplates.template(system, years[0], years[1]);
        exporter.export(template, target);
        out.println("Wrote a template with " + template.getSeries().size() + " series and the years " + years[0] + "-"
                + years[1] + " to " + target + " (" + exporter.id() + ")");
        return OK;
    }
}
