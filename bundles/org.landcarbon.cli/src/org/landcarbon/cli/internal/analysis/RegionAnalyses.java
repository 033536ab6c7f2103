package org.landcarbon.cli.internal.analysis;

import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.SettingsException;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Region;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.study.Regions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code --region CODE|all} of the analysis commands: the analysis runs on {@link Regions#view} of each region.
 * With {@code all}, a region whose data do not suit the analysis gets its error in its place and the command
 * exits 1 after the others have run.
 */
final class RegionAnalyses {

    private RegionAnalyses() {
    }

    static int run(Analysis<?> analysis, AnalysisCommandLine.Args a, PrintStream out) throws Exception {
        Path file = Path.of(a.input());
        if (!Files.isRegularFile(file)) {
            throw new java.io.IOException(file + ": no such file");
        }
        Study study = StudyFiles.load(file);
        List<Regions.Node> nodes = Regions.walk(study);
        if (!"all".equals(a.region())) {
            Region region = Regions.find(study, a.region()).orElseThrow(() -> new UsageException("--region: the study has no region '"
                    + a.region() + "'; its regions are " + String.join(", ", nodes.stream().map(n -> String.valueOf(n.region().getCode())).toList())));
            AnalysisResult result = runOne(analysis, a, study, region);
            AnalysisCommandLine.print(result, a.format(), out);
            return 0;
        }
        if (nodes.isEmpty()) {
            throw new UsageException("--region all: the study has no region");
        }
        List<String> codes = new ArrayList<>();
        List<Object> results = new ArrayList<>(); // AnalysisResult or the error message
        for (Regions.Node n : nodes) {
            codes.add(n.region().getCode());
            try {
                results.add(runOne(analysis, a, study, n.region()));
            } catch (AnalysisException | UsageException e) {
                results.add(e.getMessage());
            }
        }
        switch (a.format()) {
            case "csv" -> {
                boolean header = true;
                for (int i = 0; i < nodes.size(); i++) {
                    if (results.get(i) instanceof AnalysisResult r) {
                        StringBuilder b = new StringBuilder();
                        CsvResultWriter.write(r, b);
                        String[] lines = b.toString().split("\n");
                        for (int l = header ? 0 : 1; l < lines.length; l++) {
                            out.println((l == 0 ? "region_code" : codes.get(i)) + "," + lines[l]);
                        }
                        header = false;
                    }
                }
            }
            case "table" -> {
                for (int i = 0; i < nodes.size(); i++) {
                    Regions.Node n = nodes.get(i);
                    out.println("== " + "  ".repeat(n.depth()) + Regions.label(n.region()));
                    if (results.get(i) instanceof AnalysisResult r) {
                        TextResultWriter.write(r, out);
                    } else {
                        out.println("error: " + results.get(i));
                    }
                    out.println();
                }
            }
            default -> {
                StringWriter w = new StringWriter();
                try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    g.writeStringField("analysis", analysis.descriptor().id());
                    g.writeArrayFieldStart("regions");
                    for (int i = 0; i < nodes.size(); i++) {
                        Regions.Node n = nodes.get(i);
                        g.writeStartObject();
                        g.writeStringField("code", n.region().getCode());
                        g.writeStringField("name", Regions.label(n.region()));
                        g.writeNumberField("depth", n.depth());
                        if (results.get(i) instanceof AnalysisResult r) {
                            StringWriter one = new StringWriter();
                            JsonResultWriter.write(r, one);
                            g.writeFieldName("result");
                            g.writeRawValue(one.toString().strip());
                        } else {
                            g.writeStringField("error", (String) results.get(i));
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println(w);
            }
        }
        out.flush();
        long failed = results.stream().filter(r -> r instanceof String).count();
        return failed > 0 ? 1 : 0; // the entries above say which regions failed and why
    }

    private static AnalysisResult runOne(Analysis<?> analysis, AnalysisCommandLine.Args a, Study study, Region region) throws Exception {
        Study view = Regions.view(study, region);
        String source = Path.of(a.input()).getFileName() + " region " + region.getCode();
        DataTable table = AnalysisCommandLine.input(analysis.descriptor(), a, view, source);
        try {
            return AnalysisRunner.run(analysis, table, a.settings());
        } catch (SettingsException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
