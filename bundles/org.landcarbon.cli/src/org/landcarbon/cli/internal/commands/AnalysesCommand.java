package org.landcarbon.cli.internal.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.List;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisDescriptor;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.analysis.SettingInfo;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.cli.internal.analysis.AnalysisCommandLine;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** {@code landcarbon analyses [ID] [--format text|json]}: the analyses installed now, with their settings. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=analyses")
public final class AnalysesCommand implements Command {

    private AnalysisRegistry registry;

    @Reference
    void setRegistry(AnalysisRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "analyses";
    }

    @Override
    public String summary() {
        return "list the installed analyses and their settings";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon analyses [ID] [--format text|json]

                Lists every installed analysis (built-in or from an installed plugin) with its id, names,
                input and settings; with ID only that one. --format json gives the same for programs.
                Run one with: landcarbon run ID --input FILE [--SETTING VALUE ...]""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        String format = "text";
        String id = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format") && i + 1 < args.size()) {
                format = args.get(++i);
            } else if (a.startsWith("--format=")) {
                format = a.substring("--format=".length());
            } else if (!a.startsWith("--") && id == null) {
                id = a;
            } else {
                throw new UsageException("unexpected argument '" + a + "'");
            }
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, got '" + format + "'");
        }
        List<Analysis<?>> list = registry.analyses();
        if (id != null) {
            String wanted = id;
            list = list.stream().filter(a -> a.descriptor().id().equals(wanted)).toList();
            if (list.isEmpty()) {
                throw new UsageException("no analysis '" + id + "'; installed: "
                        + String.join(", ", registry.analyses().stream().map(a -> a.descriptor().id()).toList()));
            }
        }
        if (format.equals("json")) {
            out.print(json(list));
            return OK;
        }
        if (id == null) {
            out.println(list.size() + " analyses installed. Run one with: landcarbon run ID --input FILE [--SETTING VALUE ...]");
            out.println();
        }
        for (Analysis<?> a : list) {
            out.println(AnalysisCommandLine.describe(a));
        }
        return OK;
    }

    private static String json(List<Analysis<?>> list) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Analysis<?> a : list) {
                AnalysisDescriptor d = a.descriptor();
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("name_en", d.nameEn());
                g.writeStringField("name_zh", d.nameZh());
                g.writeStringField("category", d.category());
                g.writeStringField("input", d.input().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("description", d.description());
                g.writeStringField("reference", d.reference());
                g.writeArrayFieldStart("settings");
                for (SettingInfo s : SettingsModel.of(a.settingsType()).settings()) {
                    g.writeStartObject();
                    g.writeStringField("name", s.name());
                    g.writeStringField("type", s.type().name().toLowerCase(java.util.Locale.ROOT));
                    g.writeStringField("label", s.label());
                    g.writeStringField("label_zh", s.labelZh());
                    g.writeStringField("description", s.description());
                    g.writeStringField("default", s.defaultText());
                    g.writeBooleanField("required", s.required());
                    if (Double.isFinite(s.min())) {
                        g.writeNumberField("min", s.min());
                    }
                    if (Double.isFinite(s.max())) {
                        g.writeNumberField("max", s.max());
                    }
                    if (!s.choices().isEmpty()) {
                        g.writeArrayFieldStart("choices");
                        for (String c : s.choices()) {
                            g.writeString(c);
                        }
                        g.writeEndArray();
                    }
                    if (!s.unit().isEmpty()) {
                        g.writeStringField("unit", s.unit());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return w + "\n";
    }
}
