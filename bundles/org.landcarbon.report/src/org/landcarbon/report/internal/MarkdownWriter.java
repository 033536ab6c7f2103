package org.landcarbon.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.report.ReportDocument;
import org.landcarbon.report.ReportDocument.Block;
import org.landcarbon.report.ReportDocument.Figure;
import org.landcarbon.report.ReportDocument.Formula;
import org.landcarbon.report.ReportDocument.Heading;
import org.landcarbon.report.ReportDocument.Paragraph;
import org.landcarbon.report.ReportDocument.References;
import org.landcarbon.report.ReportDocument.Table;

/** Markdown (CommonMark with pipe tables); each figure a PNG beside the file. */
final class MarkdownWriter {

    List<Path> write(ReportDocument doc, Path file) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(file);
        StringBuilder md = new StringBuilder("# ").append(doc.title()).append("\n\n");
        for (Block b : doc.blocks()) {
            switch (b) {
                case Heading h -> md.append("#".repeat(h.level() + 1)).append(' ').append(h.text()).append("\n\n");
                case Paragraph p -> md.append(p.text()).append("\n\n");
                case Formula f -> md.append("```text\n").append(f.text()).append("\n```\n\n");
                case Table t -> table(t, md);
                case Figure f -> {
                    Path png = Files.figureFile(file, f.name());
                    Files.atomic(png, out -> out.write(f.png()));
                    written.add(png);
                    md.append("![").append(f.caption()).append("](").append(png.getFileName()).append(")\n\n*").append(f.caption()).append("*\n\n");
                }
                case References r -> {
                    md.append("## ").append(r.title()).append("\n\n");
                    for (int i = 0; i < r.entries().size(); i++) {
                        md.append('[').append(i + 1).append("] ").append(r.entries().get(i)).append("  \n");
                    }
                    md.append('\n');
                }
            }
        }
        Files.atomic(file, out -> out.write(md.toString().getBytes(StandardCharsets.UTF_8)));
        return written;
    }

    private static void table(Table t, StringBuilder md) {
        md.append("**").append(t.caption()).append("**\n\n");
        row(t.header(), md);
        md.append('|');
        for (int i = 0; i < t.header().size(); i++) {
            md.append(i == 0 ? " :--- |" : " ---: |");
        }
        md.append('\n');
        t.rows().forEach(r -> row(r, md));
        md.append('\n');
        if (!t.note().isBlank()) {
            md.append("*").append(t.note().replace("*", "\\*")).append("*\n\n");
        }
    }

    private static void row(List<String> cells, StringBuilder md) {
        md.append('|');
        for (String c : cells) {
            md.append(' ').append(c.replace("|", "\\|").replace("*", "\\*")).append(" |");
        }
        md.append('\n');
    }
}
