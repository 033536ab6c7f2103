package org.landcarbon.cli.internal.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.InputKind;
import org.landcarbon.analysis.SettingsException;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.cli.UsageException;
import org.landcarbon.cli.internal.analysis.PanelTables.Region;
import org.landcarbon.cli.internal.analysis.PanelWriter.Entry;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code --by REGION_COLUMN}: one analysis over every region of a long-format panel in one call. The
 * settings are parsed once; each region runs on its own table; a region that fails (its rows, or the
 * analysis refusing its data) is listed with the reason and the others are still written. Exit 1 when
 * any region failed.
 */
final class PanelAnalysis {

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
        List<Entry<AnalysisResult>> outcomes = compute(analysis, regions, a);
        write(analysis.descriptor().id(), a, outcomes, out);
        List<Entry<AnalysisResult>> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        for (Entry<AnalysisResult> o : failed) {
            for (String p : o.problems()) {
                err.println("region " + o.region() + ": " + p);
            }
        }
        if (!failed.isEmpty()) {
            err.println(failed.size() + " of " + outcomes.size() + " regions failed: "
                    + String.join(", ", failed.stream().limit(20).map(Entry::region).toList()) + (failed.size() > 20 ? ", ..." : ""));
            return 1;
        }
        return 0;
    }

    /** Runs every readable region; the settings are checked once, before the first region. */
    static List<Entry<AnalysisResult>> compute(Analysis<?> analysis, List<Region> regions, AnalysisCommandLine.Args a) throws UsageException {
        return typed(analysis, regions, a.unit(), a.settings());
    }

    private static <S> List<Entry<AnalysisResult>> typed(Analysis<S> analysis, List<Region> regions, String unit, Map<String, String> text)
            throws UsageException {
        S settings;
        try {
            settings = SettingsModel.of(analysis.settingsType()).parse(text);
        } catch (SettingsException e) {
            throw new UsageException(e.getMessage());
        }
        List<Entry<AnalysisResult>> outcomes = new ArrayList<>(regions.size()); // a result, or the problems
        for (Region r : regions) {
            if (!r.ok()) {
                outcomes.add(new Entry<>(r.name(), null, r.problems()));
                continue;
            }
            try {
                var table = unit == null ? r.table() : r.table().withDefaultUnit(unit);
                outcomes.add(new Entry<>(r.name(), analysis.run(table, settings), List.of()));
            } catch (AnalysisException | RuntimeException e) {
                // one region's data the analysis cannot use (too few years, zeros, ...): listed, the rest goes on
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                outcomes.add(new Entry<>(r.name(), null, List.of(m)));
            }
        }
        return outcomes;
    }

    static void write(String id, AnalysisCommandLine.Args a, List<Entry<AnalysisResult>> outcomes, PrintStream out) throws IOException {
        String by = a.by();
        new PanelWriter<>(by, new ResultBody(by)).head((g, none) -> {
            g.writeStringField("analysis", id);
            g.writeStringField("input", Path.of(a.input()).getFileName().toString());
            g.writeStringField("by", by);
            g.writeNumberField("regions", outcomes.size());
        }).failureHead((g, none) -> g.writeStringField("analysis", id)).write(a.format(), outcomes, out);
    }

    /** A result as a region's document: its fields (JsonResultWriter), its long CSV rows, its text. */
    private record ResultBody(String by) implements PanelWriter.Body<AnalysisResult> {
        @Override
        public void json(JsonGenerator g, AnalysisResult result, boolean oneLine) throws IOException {
            JsonResultWriter.writeFields(g, result);
        }

        @Override
        public void csvHeader(AnalysisResult first, Writer out) throws IOException {
            CsvResultWriter.printer(out).printRecord(by, "key", "row", "column", "value", "unit");
        }

        @Override
        public void csv(Entry<AnalysisResult> e, Writer out) throws IOException {
            CsvResultWriter.writeRows(e.document(), e.region(), CsvResultWriter.printer(out));
        }

        @Override
        public void table(Entry<AnalysisResult> e, PrintStream out) throws IOException {
            out.println("== " + by + " " + e.region() + " ==");
            TextResultWriter.write(e.document(), out);
            out.println();
        }
    }
}
