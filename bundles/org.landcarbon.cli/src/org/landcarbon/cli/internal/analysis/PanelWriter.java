package org.landcarbon.cli.internal.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The output of a command over many regions ({@code --by} on an analysis or {@code account}, {@code account
 * --by-region}): per region a document or the problems that kept it from one, as one JSON document (good regions
 * under an array, failures under {@code failures}), JSON lines (one object a region), CSV (the regions' records
 * under one header, the region's cells first) or text blocks. What a document looks like is the caller's
 * ({@link Body}); the writer owns the layout, the same for every command. UTF-8, whatever the platform's charset.
 *
 * @param <D> a region's document
 */
public final class PanelWriter<D> {

    /** One region: its name, and its document or (document null) the problems. */
    public record Entry<D>(String region, D document, List<String> problems) {
        public boolean ok() {
            return document != null;
        }
    }

    /** JSON fields written into an open object. */
    @FunctionalInterface
    public interface Fields<T> {
        void write(JsonGenerator g, T of) throws IOException;
    }

    /** How a document is written in each format. */
    public interface Body<D> {
        /** The document's fields into the region's open object, after the region's own; {@code oneLine} for JSON lines. */
        void json(JsonGenerator g, D document, boolean oneLine) throws IOException;

        /** The CSV header line(s); {@code first} is the first good region's document, null when no region has one. */
        void csvHeader(D first, Writer out) throws IOException;

        /** A good region's CSV records, each with the region's cells first. */
        void csv(Entry<D> entry, Writer out) throws IOException;

        /** A good region's text block, heading included. */
        void table(Entry<D> entry, PrintStream out) throws IOException;
    }

    private final Body<D> body;
    private Fields<Entry<D>> id;
    private Fields<Void> head = (g, none) -> {
    };
    private Fields<Void> failureHead = (g, none) -> {
    };
    private String resultsName = "results";
    private boolean failures = true;
    private String documentEnd = "\n";

    /** Regions named by the field {@code by} (e.g. {@code "region": "a"}). */
    public PanelWriter(String by, Body<D> body) {
        this.body = body;
        this.id = (g, e) -> g.writeStringField(by, e.region());
    }

    /** The fields that name a region, first in its object (by default the one {@code by} field). */
    public PanelWriter<D> id(Fields<Entry<D>> fields) {
        this.id = fields;
        return this;
    }

    /** The JSON document's fields before the regions' array. */
    public PanelWriter<D> head(Fields<Void> fields) {
        this.head = fields;
        return this;
    }

    /** Fields of a failed region's JSON line, between its name and its problems. */
    public PanelWriter<D> failureHead(Fields<Void> fields) {
        this.failureHead = fields;
        return this;
    }

    /** The JSON document's array of good regions ({@code results}), and whether a {@code failures} array follows. */
    public PanelWriter<D> results(String name, boolean withFailures) {
        this.resultsName = name;
        this.failures = withFailures;
        return this;
    }

    /** What ends the JSON document (a newline by default). */
    public PanelWriter<D> documentEnd(String end) {
        this.documentEnd = end;
        return this;
    }

    /** Writes every entry in {@code format}: csv, jsonl, table, anything else JSON. */
    public void write(String format, List<Entry<D>> entries, PrintStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        switch (format) {
            case "csv" -> {
                D first = entries.stream().filter(Entry::ok).map(Entry::document).findFirst().orElse(null);
                body.csvHeader(first, w);
                for (Entry<D> e : entries) {
                    if (e.ok()) {
                        body.csv(e, w);
                    }
                }
            }
            case "jsonl" -> jsonLines(entries, w);
            case "table" -> {
                for (Entry<D> e : entries) {
                    if (e.ok()) {
                        body.table(e, out);
                    }
                }
            }
            default -> document(entries, w);
        }
        w.flush();
        out.flush();
    }

    private void jsonLines(List<Entry<D>> entries, Writer w) throws IOException {
        JsonFactory f = new JsonFactory();
        f.setRootValueSeparator("\n");
        try (JsonGenerator g = f.createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            for (Entry<D> e : entries) {
                g.writeStartObject();
                id.write(g, e);
                if (e.ok()) {
                    body.json(g, e.document(), true);
                } else {
                    failureHead.write(g, null);
                    problems(g, e);
                }
                g.writeEndObject();
            }
        }
        w.write('\n');
    }

    private void document(List<Entry<D>> entries, Writer w) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            head.write(g, null);
            g.writeArrayFieldStart(resultsName);
            for (Entry<D> e : entries) {
                if (e.ok()) {
                    g.writeStartObject();
                    id.write(g, e);
                    body.json(g, e.document(), false);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            if (failures) {
                g.writeArrayFieldStart("failures");
                for (Entry<D> e : entries) {
                    if (!e.ok()) {
                        g.writeStartObject();
                        id.write(g, e);
                        problems(g, e);
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        w.write(documentEnd);
    }

    private static void problems(JsonGenerator g, Entry<?> e) throws IOException {
        g.writeArrayFieldStart("problems");
        for (String p : e.problems()) {
            g.writeString(p);
        }
        g.writeEndArray();
    }
}
