package org.landcarbon.io;

import org.landcarbon.model.text.Texts;

/**
 * One thing wrong with an input file, located as precisely as the input allows.
 *
 * @param severity an {@link Severity#ERROR} blocks the whole import; a {@link Severity#WARNING} does not
 * @param source   the file name, with the sheet for a workbook ({@code data.xlsx [wide]})
 * @param row      1-based row as a spreadsheet shows it, 0 when the problem concerns the whole file
 * @param column   1-based column, 0 when the problem concerns a whole row or file
 * @param header   the column's header text, when known (for the message only)
 * @param reason   what is wrong and, where it helps, how to fix it
 */
public record ImportProblem(Severity severity, String source, int row, int column, String header, String reason) {

    public enum Severity {
        ERROR, WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Spreadsheet letters of a 1-based column: 1 = A, 27 = AA. */
    public static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** E.g. {@code data.csv, row 4, column C (area.forest): not a number: 'abc'}; a long header is cut to 80 characters. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (row > 0) {
            sb.append(", row ").append(row);
        }
        if (column > 0) {
            sb.append(", column ").append(columnLetters(column));
            if (header != null && !header.isBlank()) {
                sb.append(" (").append(Texts.cut(header)).append(')');
            }
        }
        sb.append(": ");
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        // a reason quotes cells with Texts.quote; this cap only guards against one that did not
        return sb.append(reason.length() > 2000 ? reason.substring(0, 2000) + "..." : reason).toString();
    }
}
