package org.landcarbon.cli.internal.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.SettingInfo;
import org.landcarbon.analysis.SettingsException;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.study.StudyTables;
import org.landcarbon.cli.UsageException;

/**
 * Runs any analysis from the command line using only its descriptor and settings model: the options
 * {@code --input}, {@code --series}, {@code --column} and {@code --format} are common, every other
 * {@code --name value} is a setting of the analysis, checked against its range or choices.
 */
public final class AnalysisCommandLine {

    /** Options of the command itself; an analysis cannot use these names for settings. */
    public static final Set<String> OPTIONS = Set.of("input", "series", "column", "unit", "format", "region", "by");

    private AnalysisCommandLine() {
    }

    /** Parsed command line. */
    record Args(String input, List<String> series, List<String> columns, String unit, String format, Map<String, String> settings,
            String region, String by) {
    }

    public static int run(Analysis<?> analysis, List<String> args, PrintStream out) throws Exception {
        return run(analysis, args, out, System.err);
    }

    /** As {@link #run(Analysis, List, PrintStream)}; a panel ({@code --by}) lists the regions that failed on {@code err}. */
    public static int run(Analysis<?> analysis, List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = parse(args);
        if (a.region() != null) {
            return RegionAnalyses.run(analysis, a, out);
        }
        if (a.by() != null) {
            return PanelAnalysis.run(analysis, a, out, err);
        }
        if ("jsonl".equals(a.format())) {
            throw new UsageException("--format jsonl writes one line per region: use it with --by COLUMN");
        }
        DataTable table = input(analysis.descriptor(), a);
        AnalysisResult result;
        try {
            result = AnalysisRunner.run(analysis, table, a.settings());
        } catch (SettingsException e) {
            throw new UsageException(e.getMessage());
        }
        print(result, a.format(), out);
        return 0;
    }

    /** The input table, format and settings of a command line, for a command that computes from the table itself. */
    public record Input(DataTable table, String format, Map<String, String> settings) {
    }

    public static Input read(Analysis<?> analysis, List<String> args) throws Exception {
        Args a = parse(args);
        return new Input(input(analysis.descriptor(), a), a.format(), a.settings());
    }

    static Args parse(List<String> args) throws UsageException {
        String input = null;
        String format = "json";
        String unit = null;
        String region = null;
        String by = null;
        List<String> series = List.of();
        List<String> columns = List.of();
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'; options are written --name value");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            switch (name) {
                case "input" -> input = value;
                case "series" -> series = list(value);
                case "column" -> columns = list(value);
                case "unit" -> unit = value.strip();
                case "region" -> region = value.strip();
                case "by" -> by = value.strip();
                case "format" -> {
                    format = value.toLowerCase(Locale.ROOT);
                    if (!List.of("json", "csv", "table", "jsonl").contains(format)) {
                        throw new UsageException("--format must be json, csv or table (or jsonl with --by), got '" + value + "'");
                    }
                }
                default -> {
                    if (settings.put(name, value) != null) {
                        throw new UsageException("--" + name + " is given twice");
                    }
                }
            }
        }
        if (input == null) {
            throw new UsageException("--input FILE is required (a CSV file or a .landcarbon study)");
        }
        if (region != null && !input.endsWith(".landcarbon")) {
            throw new UsageException("--region needs --input STUDY.landcarbon");
        }
        
        if (region != null && by != null) {
            throw new UsageException("--region (a study's region tree) and --by (a panel file's region column) exclude each other");
        }
        return new Args(input, series, columns, unit, format, settings, region, by);
    }

    private static DataTable input(AnalysisDescriptor d, Args a) throws IOException, AnalysisException, UsageException {
        return input(d, a, null, null);
    }

    /** The input table; from {@code view} (a region of the study, named {@code source}) when it is given. */
    static DataTable input(AnalysisDescriptor d, Args a, org.landcarbon.model.Study view, String source)
            throws IOException, AnalysisException, UsageException {
        Path file = Path.of(a.input());
        List<String> names = a.series().isEmpty() ? a.columns() : a.series();
        DataTable table;
        if (a.input().endsWith(".landcarbon")) {
            if (names.isEmpty()) {
                throw new UsageException("--input " + a.input() + " is a study: name its series with --series NAME[,NAME...]");
            }
            table = view != null ? StudyTables.of(view, source, names) : StudyTables.read(file, names);
        } else {
            table = CsvTableReader.read(file);
            if (!names.isEmpty()) {
                for (String n : names) {
                    if (!table.hasColumn(n)) {
                        throw new UsageException(table.source() + " has no column '" + n + "'; its columns are: "
                                + String.join(", ", table.columnNames()));
                    }
                }
                table = table.select(names);
            }
        }
        if (a.unit() != null) {
            table = table.withDefaultUnit(a.unit());
        }
        if (d.input() == InputKind.SINGLE_SERIES && table.columns().size() != 1) {
            throw new UsageException(d.id() + " takes one series; choose one of the columns of " + table.source()
                    + " with --column NAME: " + String.join(", ", table.columnNames()));
        }
        return table;
    }

    static void print(AnalysisResult result, String format, PrintStream out) throws IOException {
        switch (format) {
            case "csv" -> {
                StringBuilder b = new StringBuilder();
                CsvResultWriter.write(result, b);
                out.print(b);
            }
            case "table" -> TextResultWriter.write(result, out);
            default -> {
                StringWriter w = new StringWriter();
                JsonResultWriter.write(result, w);
                out.print(w);
            }
        }
        out.flush();
    }

    /** The help of one analysis: what it is, its input and every setting with default and range. */
    public static String describe(Analysis<?> analysis) {
        AnalysisDescriptor d = analysis.descriptor();
        StringBuilder b = new StringBuilder();
        b.append(d.id()).append("  ").append(d.nameEn());
        if (!d.nameZh().isEmpty()) {
            b.append(" / ").append(d.nameZh());
        }
        b.append("  [").append(d.category()).append("; input: ").append(inputText(d.input())).append("]\n");
        b.append(wrap(d.description(), "    ")).append('\n');
        if (!d.reference().isEmpty()) {
            b.append(wrap("Method: " + d.reference(), "    ")).append('\n');
        }
        List<SettingInfo> settings = SettingsModel.of(analysis.settingsType()).settings();
        int width = settings.stream().mapToInt(s -> flag(s).length()).max().orElse(0);
        for (SettingInfo s : settings) {
            StringBuilder extra = new StringBuilder();
            if (s.required()) {
                extra.append("required");
            } else if (!s.defaultText().isEmpty()) {
                extra.append("default ").append(s.defaultText());
            }
            if (!s.constraintText().isEmpty() && s.choices().isEmpty()) {
                extra.append(extra.length() > 0 ? "; " : "").append(s.constraintText());
            }
            b.append(String.format(Locale.ROOT, "    %-" + width + "s  %s%s%n", flag(s), s.description(),
                    extra.length() > 0 ? " (" + extra + ")" : ""));
        }
        return b.toString();
    }

    static String inputText(InputKind k) {
        return switch (k) {
            case STUDY -> "a study";
            case SERIES_SET -> "a set of series";
            case SINGLE_SERIES -> "one series";
        };
    }

    private static String flag(SettingInfo s) {
        String v = switch (s.type()) {
            case INTEGER -> "N";
            case NUMBER -> "X";
            case BOOLEAN -> "true|false";
            case CHOICE -> String.join("|", s.choices());
            case INTEGER_LIST -> "N,N,...";
            case NUMBER_LIST -> "X,X,...";
            case TEXT_LIST -> "A,B,...";
            case TEXT -> s.choices().isEmpty() ? "TEXT" : String.join("|", s.choices());
        };
        return "--" + s.name() + " " + v;
    }

    private static String wrap(String text, String indent) {
        StringBuilder b = new StringBuilder(indent);
        int col = indent.length();
        for (String word : Arrays.asList(text.split(" "))) {
            if (col + word.length() > 100 && col > indent.length()) {
                b.append('\n').append(indent);
                col = indent.length();
            } else if (col > indent.length()) {
                b.append(' ');
                col++;
            }
            b.append(word);
            col += word.length();
        }
        return b.toString();
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The common options, for the usage of run and of the shortcuts. */
    public static String commonOptions() {
        return """
                  --input FILE          a CSV file (header; first column year, an index or labels; numeric columns,
                                        '# comment' lines allowed, units as 'name [unit]') or a STUDY.landcarbon file
                  --series A[,B...]     series of a study (series ids, or reported components such as net)
                  --column A[,B...]     columns of a CSV file to use (default: all)
                  --unit UNIT           the unit of columns that name none, e.g. "10^4 t C"
                  --format json|csv|table|jsonl   output format (default json; jsonl: one line per region, with --by)
                  --by COLUMN           the input is a long-format panel (COLUMN,year,...): run for every region,
                                        one document for all; a failing region is listed, the others computed (exit 1)
                  --region CODE|all     with a study: run on one region of its region tree, or on every region
                                        (JSON {"regions":[...]}, CSV with a region_code column; docs/regions.md)
                  --SETTING VALUE       a setting of the analysis (see 'landcarbon analyses')""";
    }
}
