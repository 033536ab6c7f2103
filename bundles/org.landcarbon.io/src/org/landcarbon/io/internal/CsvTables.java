package org.landcarbon.io.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.landcarbon.model.text.Limits;
import org.landcarbon.model.text.TextFiles;
import org.landcarbon.model.text.Texts;

/** Reads a CSV file (comma, semicolon or tab separated) into a {@link CellTable}. */
public final class CsvTables {

    private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^[ \\t]*#.*$");

    private CsvTables() {
    }

    /** The table, or empty when the file cannot be read at all (the reason is in {@code problems}). */
    public static Optional<CellTable> read(Path file, Problems problems) {
        return read(file, problems, false);
    }

    /**
     * As {@link #read(Path, Problems)}; with {@code commentLines}, lines starting with {@code #} are
     * skipped like blank ones (keeping the row numbers), as in a published table with its notes on top.
     */
    public static Optional<CellTable> read(Path file, Problems problems, boolean commentLines) {
        String name = ImportPlanner.fileName(file);
        TextFiles.Decoded decoded = TextFiles.read(file);
        if (!decoded.ok()) {
            problems.fileError(name, decoded.error());
            return Optional.empty();
        }
        String text = decoded.text();
        if (text.isBlank()) {
            problems.fileError(name, "the file is empty");
            return Optional.empty();
        }
        if (commentLines) {
            text = COMMENT_LINE.matcher(text).replaceAll("");
            return parse(text, TextFiles.separator(TextFiles.firstLine(text.stripLeading())), name, problems);
        }
        return parse(text, TextFiles.separator(TextFiles.firstLine(text)), name, problems);
    }

    private static Optional<CellTable> parse(String text, char delimiter, String name, Problems problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        List<CellTable.Row> rows = new ArrayList<>();
        int row = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.error(name, row + 1, 0, null, "broken CSV (" + TextFiles.separatorName(delimiter)
                            + "-separated): " + csvReason(e));
                    return Optional.empty();
                }
                row++;
                if (!sizeWithinLimits(name, row, record.size(), problems) || !cellsWithinLimits(name, row, record.toList(), problems)) {
                    return Optional.empty();
                }
                CellTable.Row r = new CellTable.Row(row, record.toList());
                if (!r.isBlank()) {
                    rows.add(r);
                }
            }
        } catch (IOException e) {
            problems.fileError(name, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new CellTable(name, name, rows, true));
    }

    /** Rows and columns within {@link Limits}; otherwise the one problem that stops the read. */
    static boolean sizeWithinLimits(String name, int row, int columns, Problems problems) {
        if (row > Limits.MAX_ROWS) {
            problems.error(name, row, 0, null, "too many rows: the limit is " + Limits.number(Limits.MAX_ROWS));
            return false;
        }
        if (columns > Limits.MAX_COLUMNS) {
            problems.error(name, row, 0, null, "too many columns: " + Limits.number(columns) + ", the limit is "
                    + Limits.number(Limits.MAX_COLUMNS));
            return false;
        }
        return true;
    }

    /** Every cell within {@link Limits#MAX_CELL_CHARS}; otherwise the one problem that stops the read. */
    static boolean cellsWithinLimits(String name, int row, List<String> cells, Problems problems) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (cell != null && cell.length() > Limits.MAX_CELL_CHARS) {
                problems.error(name, row, c + 1, null, "cell too long: " + Limits.number(cell.length())
                        + " characters, the limit is " + Limits.number(Limits.MAX_CELL_CHARS) + " (" + Texts.quote(cell) + ")");
                return false;
            }
        }
        return true;
    }

    private static String csvReason(Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell is never closed (a '\"' is missing)";
        }
        if (m.contains("invalid char between encapsulated token and delimiter")) {
            return "text after a closing quote; put the whole cell in quotes and double the quotes inside";
        }
        return m;
    }

    /** The first non-blank row of a CSV file, for recognizing its layout; empty when unreadable. */
    public static Optional<CellTable.Row> firstRow(Path file) {
        Problems ignored = new Problems();
        return read(file, ignored).flatMap(t -> t.rows().stream().findFirst());
    }
}
