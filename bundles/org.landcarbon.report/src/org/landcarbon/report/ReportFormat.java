package org.landcarbon.report;

import java.util.Arrays;
import java.util.Locale;

/** The file formats a report is written in. */
public enum ReportFormat {
    /** Word (Office Open XML), figures embedded. */
    DOCX("docx"),
    /** LaTeX with booktabs; figures as PNG files beside the .tex. */
    TEX("tex"),
    /** Markdown (pipe tables); figures as PNG files beside the .md. */
    MD("md");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "docx", "tex" or "md" (also "latex", "markdown"). */
    public static ReportFormat parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "docx" -> DOCX;
            case "tex", "latex" -> TEX;
            case "md", "markdown" -> MD;
            default -> throw new IllegalArgumentException("format must be one of "
                    + String.join(", ", Arrays.stream(values()).map(ReportFormat::extension).toList()) + ", got '" + text + "'");
        };
    }

    /** The format a file name's extension names, or null. */
    public static ReportFormat ofFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (n.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }
}
