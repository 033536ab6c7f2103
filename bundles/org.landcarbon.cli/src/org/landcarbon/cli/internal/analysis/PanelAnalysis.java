package org.landcarbon.cli.internal.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.SettingsException;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.cli.UsageException;
import org.landcarbon.cli.internal.analysis.PanelTables.Region;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code --by REGION_COLUMN}: one analysis over every region of a long-format panel in one call. The
 * settings are parsed once; each region runs on its own table; a region that fails (its rows, or the
 * analysis refusing its data) is listed with the reason and the others are still written. Exit 1 when
 * any region failed.
 */
final class PanelAnalysis {

    /** The outcome of one region: a result or the problems. */
    record Outcome(String region, AnalysisResult result, List<String> problems) {
    }

    private PanelAnalysis() {
    }

    static int run(Analysis<?> analysis, AnalysisCommandLine.Args a, PrintStream out, PrintStream err) throws Exception {
        if (a.input().endsWith(".landcarbon")) {
            throw new UsageException("--by needs a long-format CSV panel (" + a.by() + ",year,...); a study holds one region");
        }
        List<String> names = a.series().isEmpty() ? a.columns() : a.series();
        List<Region> regions = PanelTables.read(Path.of(a.input()), a.by(), names);
        if (analysis.descriptor().input() == InputKind.SINGLE_SERIES) {
            Region first = regions.stream().filter(Region::ok).findFirst().orElse(null);
            if (first != null && first.table().columns().size() != 1) {
                throw new UsageException(analysis.descriptor().id() + " takes one series; choose one of the columns of " + a.input()
                        + " with --column NAME: " + String.join(", ", first.table().columnNames()));
            }
        }
        List<Outcome> outcomes = compute(analysis, regions, a);
        write(analysis.descriptor().id(), a, outcomes, out);
        List<Outcome> failed = outcomes.stream().filter(o -> o.result() == null).toList();
        for (Outcome o : failed) {
            for (String p : o.problems()) {
                err.println("region " + o.region() + ": " + p);
            }
        }
        if (!failed.isEmpty()) {
            err.println(failed.size() + " of " + outcomes.size() + " regions failed: "
                    + String.join(", ", failed.stream().limit(20).map(Outcome::region).toList()) + (failed.size() > 20 ? ", ..." : ""));
            return 1;
        }
        return 0;
    }

    /** Runs every readable region; the settings are checked once, before the first region. */
    static List<Outcome> compute(Analysis<?> analysis, List<Region> regions, AnalysisCommandLine.Args a) throws UsageException {
        return typed(analysis, regions, a.unit(), a.settings());
    }

    private static <S> List<Outcome> typed(Analysis<S> analysis, List<Region> regions, String unit, Map<String, String> text)
            throws UsageException {
        S settings;
        try {
            settings = SettingsModel.of(analysis.settingsType()).parse(text);
        } catch (SettingsException e) {
            throw new UsageException(e.getMessage());
        }
        List<Outcome> outcomes = new ArrayList<>(regions.size());
        for (Region r : regions) {
            if (!r.ok()) {
                outcomes.add(new Outcome(r.name(), null, r.problems()));
                continue;
            }
            try {
                var table = unit == null ? r.table() : r.table().withDefaultUnit(unit);
                outcomes.add(new Outcome(r.name(), analysis.run(table, settings), List.of()));
            } catch (AnalysisException | RuntimeException e) {
                // one region's data the analysis cannot use (too few years, zeros, ...): listed, the rest goes on
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                outcomes.add(new Outcome(r.name(), null, List.of(m)));
            }
        }
        return outcomes;
    }

    static void write(String id, AnalysisCommandLine.Args a, List<Outcome> outcomes, PrintStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        switch (a.format()) {
            case "csv" -> {
                CSVPrinter p = CsvResultWriter.printer(w);
                p.printRecord(a.by(), "key", "row", "column", "value", "unit");
                for (Outcome o : outcomes) {
                    if (o.result() != null) {
                        CsvResultWriter.writeRows(o.result(), o.region(), p);
                    }
                }
                p.flush();
            }
            case "jsonl" -> {
                JsonFactory f = new JsonFactory();
                f.setRootValueSeparator("\n");
                try (JsonGenerator g = f.createGenerator(w)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    for (Outcome o : outcomes) {
                        g.writeStartObject();
                        g.writeStringField(a.by(), o.region());
                        if (o.result() != null) {
                            JsonResultWriter.writeFields(g, o.result());
                        } else {
                            g.writeStringField("analysis", id);
                            problems(g, o);
                        }
                        g.writeEndObject();
                    }
                }
                w.write('\n');
            }
            case "table" -> {
                w.flush();
                for (Outcome o : outcomes) {
                    if (o.result() != null) {
                        out.println("== " + a.by() + " " + o.region() + " ==");
                        TextResultWriter.write(o.result(), out);
                        out.println();
                    }
                }
            }
            default -> {
                try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    g.writeStringField("analysis", id);
                    g.writeStringField("input", Path.of(a.input()).getFileName().toString());
                    g.writeStringField("by", a.by());
                    g.writeNumberField("regions", outcomes.size());
                    g.writeArrayFieldStart("results");
                    for (Outcome o : outcomes) {
                        if (o.result() != null) {
                            g.writeStartObject();
                            g.writeStringField(a.by(), o.region());
                            JsonResultWriter.writeFields(g, o.result());
                            g.writeEndObject();
                        }
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("failures");
                    for (Outcome o : outcomes) {
                        if (o.result() == null) {
                            g.writeStartObject();
                            g.writeStringField(a.by(), o.region());
                            problems(g, o);
                            g.writeEndObject();
                        }
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                w.write('\n');
            }
        }
        w.flush();
        out.flush();
    }

    private static void problems(JsonGenerator g, Outcome o) throws IOException {
        g.writeArrayFieldStart("problems");
        for (String p : o.problems()) {
            g.writeString(p);
        }
        g.writeEndArray();
    }
}
