package org.landcarbon.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as a writer-neutral list of blocks, built once and written as DOCX, LaTeX or Markdown. Text
 * is final (numbers rounded, units typeset in Unicode: 10⁴ t C, hm²); citations are already numbered
 * "[n]" against {@link References}.
 */
public final class ReportDocument {

    /** One part of the document, in reading order. */
    public sealed interface Block permits Heading, Paragraph, Formula, Table, Figure, References {
    }

    /** A section title; level 1 is a section, 2 a subsection. */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A formula in plain text (x · k, Σ, subscripts as written), set apart from the running text. */
    public record Formula(String text) implements Block {
    }

    /**
     * A three-line table: a caption above ("Table 3 ..."), one header row, the rows, and a note below.
     * The first column is text, the others numbers (right-aligned).
     */
    public record Table(String caption, List<String> header, List<List<String>> rows, String note) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException(caption + ": a row of " + r.size() + " cells under " + header.size() + " columns");
                }
            }
            note = note == null ? "" : note;
        }
    }

    /** A raster figure (PNG bytes at {@code dpi}) with its caption below; {@code name} is its file name stem. */
    public record Figure(String name, String caption, byte[] png, int widthPx, int heightPx, int dpi) implements Block {
    }

    /** The numbered references, in order of first citation. */
    public record References(String title, List<String> entries) implements Block {
        public References {
            entries = List.copyOf(entries);
        }
    }

    private final String title;
    private final String language;
    private final List<Block> blocks = new ArrayList<>();

    public ReportDocument(String title, String language) {
        this.title = title;
        this.language = language;
    }

    public String title() {
        return title;
    }

    /** "en" or "zh". */
    public String language() {
        return language;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public ReportDocument add(Block block) {
        blocks.add(block);
        return this;
    }

    /** The tables of the document, in order; for tests and for callers that check numbers. */
    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    public List<Figure> figures() {
        return blocks.stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    }
}
