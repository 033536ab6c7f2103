package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFileException;
import org.landcarbon.model.persistence.StudyFiles;
import org.osgi.service.component.annotations.Component;

/** {@code landcarbon validate STUDY}: prints the study's diagnostics; exit 1 when there are errors. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=validate")
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a study and print its errors and warnings";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon validate STUDY.landcarbon

                Checks the study: missing and duplicate years, negative or non-numeric values, units that do not
                fit a series or coefficient, land areas above the region's total area, coefficients without a
                source, reported totals that disagree with their components, and carbon densities (negative or
                non-numeric, a unit that is not carbon per area, a value that fits only another unit, a class the
                study does not have, no pool, no source), plus the checks that installed plugins add (StudyCheck,
                docs/extending.md). Prints one line per finding
                (ERROR or WARNING, naming the study, series, year and value) and a count.
                Exit code 1 when there is an error (or the file cannot be read), 0 otherwise.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new UsageException(args.isEmpty() ? "missing the study file" : "expects one study file, got '" + String.join(" ", args) + "'");
        }
        Path file = Path.of(args.get(0));
        Study study;
        try {
            study = StudyFiles.load(file);
        } catch (StudyFileException e) {
            err.println("landcarbon validate: " + e.getMessage());
            return FAILURE;
        }
        Diagnostic result = Diagnostician.INSTANCE.validate(study);
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : result.getChildren()) {
            String severity = switch (d.getSeverity()) {
                case Diagnostic.ERROR, Diagnostic.CANCEL -> "ERROR  ";
                case Diagnostic.WARNING -> "WARNING";
                default -> "INFO   ";
            };
            if (d.getSeverity() >= Diagnostic.ERROR) {
                errors++;
            } else if (d.getSeverity() == Diagnostic.WARNING) {
                warnings++;
            }
            out.println(severity + " " + d.getMessage());
        }
        out.println(file + ": " + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        return errors > 0 ? FAILURE : OK;
    }
}
