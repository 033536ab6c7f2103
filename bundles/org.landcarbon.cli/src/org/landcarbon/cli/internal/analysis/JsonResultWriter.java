package org.landcarbon.cli.internal.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Matrix;
import org.landcarbon.analysis.result.ResultItem;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.Text;
import org.landcarbon.analysis.result.TextList;
import org.landcarbon.analysis.result.TextMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes any analysis result as one JSON object: {@code analysis}, {@code input}, {@code settings}, then
 * every item under its key, then {@code units} and {@code provenance} (key to text) and {@code notes}.
 * Numbers are written with full precision; undefined values (NaN) as {@code null}.
 */
public final class JsonResultWriter {

    private JsonResultWriter() {
    }

    public static void write(AnalysisResult result, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            writeFields(g, result);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** The fields of {@link #write} without the enclosing braces, for documents holding many results. */
    public static void writeFields(JsonGenerator g, AnalysisResult result) throws IOException {
        g.writeStringField("analysis", result.analysisId());
        g.writeStringField("input", result.input());
        writeStrings(g, "settings", result.settings());
        for (ResultItem item : result.items()) {
            g.writeFieldName(item.key());
            writeItem(g, item);
        }
        g.writeObjectFieldStart("units");
        for (ResultItem item : result.items()) {
            if (!item.unit().isEmpty()) {
                g.writeStringField(item.key(), item.unit());
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("provenance");
        for (ResultItem item : result.items()) {
            if (!item.provenance().isEmpty()) {
                g.writeStringField(item.key(), item.provenance());
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("notes");
        for (String n : result.notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
    }

    private static void writeItem(JsonGenerator g, ResultItem item) throws IOException {
        switch (item) {
            case Scalar s -> number(g, s.value());
            case Text t -> g.writeString(t.text());
            case TextList l -> {
                g.writeStartArray();
                for (String v : l.values()) {
                    g.writeString(v);
                }
                g.writeEndArray();
            }
            case TextMap m -> {
                g.writeStartObject();
                for (Map.Entry<String, String> e : m.values().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            case Series s -> series(g, s);
            case KeyedValues k -> keyed(g, k.keys(), k.values());
            case Table t -> nested(g, t.rows(), t.columns(), t.values());
            case Matrix m -> nested(g, m.labels(), m.labels(), m.values());
        }
    }

    private static void series(JsonGenerator g, Series s) throws IOException {
        switch (s.form()) {
            case VALUES -> {
                g.writeStartArray();
                for (double v : s.values()) {
                    number(g, v);
                }
                g.writeEndArray();
            }
            case POINTS -> {
                g.writeStartArray();
                for (int i = 0; i < s.values().length; i++) {
                    g.writeStartObject();
                    g.writeNumberField(s.indexName(), s.index()[i]);
                    g.writeFieldName("value");
                    number(g, s.values()[i]);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            case BY_INDEX -> {
                g.writeStartObject();
                for (int i = 0; i < s.values().length; i++) {
                    g.writeFieldName(Integer.toString(s.index()[i]));
                    number(g, s.values()[i]);
                }
                g.writeEndObject();
            }
        }
    }

    private static void keyed(JsonGenerator g, List<String> keys, double[] values) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            g.writeFieldName(keys.get(i));
            number(g, values[i]);
        }
        g.writeEndObject();
    }

    private static void nested(JsonGenerator g, List<String> rows, List<String> columns, double[][] values) throws IOException {
        g.writeStartObject();
        for (int r = 0; r < rows.size(); r++) {
            g.writeFieldName(rows.get(r));
            keyed(g, columns, values[r]);
        }
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, Map<String, String> values) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : values.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }
}
