package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Study;
import org.landcarbon.report.ReportDocument;
import org.landcarbon.report.ReportFormat;
import org.landcarbon.report.ReportOptions;
import org.landcarbon.report.ReportService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code landcarbon report STUDY -o FILE}: the study as a paper-ready document (DOCX, LaTeX or Markdown). */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=report")
public final class ReportCommand implements Command {

    @Reference
    private ReportService reports;

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "a report of a study as DOCX, LaTeX or Markdown: data, method, account, analyses, scenarios, figures";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon report STUDY [--scenarios S1,S2|none] [--format docx|tex|md] [--lang en|zh] -o FILE

                Writes a report of STUDY: its data sources, the method (each component's formula and every
                coefficient with its source, from the account's trail), the account as a three-line table in
                the seed paper's Table 5 layout, land-use structure, grey relational degrees, the GM(1,1) fit and
                forecast (C, P, grade), the scenarios' key figures, figures (PNG, 300 dpi) with captions, and
                numbered references. Numbers have the study's decimal places; units are typeset (10⁴ t C, hm²).
                LaTeX and Markdown write each figure beside FILE as FILE-STEM-NAME.png.

                  --scenarios S1,S2   the scenarios to include, by name (default: all; none for no scenario section)
                  --format F          docx, tex or md (default: from FILE's extension)
                  --lang L            en (default) or zh: headings, captions and labels in that language
                  -o FILE             the file to write (replaced if it exists)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String studyFile = null;
        String output = null;
        String format = null;
        String lang = "en";
        List<String> scenarios = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-o", "--output" -> output = value(args, ++i, a);
                case "--format" -> format = value(args, ++i, a);
                case "--lang" -> lang = value(args, ++i, a);
                case "--scenarios" -> {
                    String v = value(args, ++i, a);
                    scenarios = v.equalsIgnoreCase("none") ? List.of()
                            : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option '" + a + "'");
                    }
                    if (studyFile != null) {
                        throw new UsageException("expects one study file, got '" + studyFile + "' and '" + a + "'");
                    }
                    studyFile = a;
                }
            }
        }
        if (studyFile == null) {
            throw new UsageException("a study file is required");
        }
        if (output == null) {
            throw new UsageException("-o FILE is required (the report is a file, not text on the terminal)");
        }
        ReportFormat f;
        try {
            f = format != null ? ReportFormat.parse(format) : ReportFormat.ofFile(output);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
        if (f == null) {
            throw new UsageException("cannot tell the format from '" + output + "': give --format docx|tex|md or a file ending in .docx, .tex or .md");
        }
        if (!ReportOptions.LANGUAGES.contains(lang)) {
            throw new UsageException("--lang must be en or zh, got '" + lang + "'");
        }
        Path target = Path.of(output);
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(output + ": the folder " + dir + " does not exist");
        }
        Study study = ScenariosCommand.load(studyFile);
        ReportDocument doc = reports.build(study, new ReportOptions(scenarios, lang));
        List<Path> written = reports.write(doc, f, target);
        out.println("Wrote " + written.get(0) + " (" + f.extension() + "; " + doc.tables().size() + " tables, " + doc.figures().size() + " figures)");
        for (Path p : written.subList(1, written.size())) {
            out.println("  figure " + p);
        }
        return OK;
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
