package org.landcarbon.io.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.fileError(name, "file not found: " + file);
            return Optional.empty();
        } catch (IOException e) {
            problems.fileError(name, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        if (bytes.length == 0) {
            problems.fileError(name, "the file is empty");
            return Optional.empty();
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            problems.fileError(name, "this is an XLSX workbook (a ZIP file), not CSV text; import it as xlsx");
            return Optional.empty();
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11) {
            problems.fileError(name, "this is an old Excel .xls workbook, not CSV text; save it as .xlsx or 'CSV UTF-8'");
            return Optional.empty();
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (decoded.error() != null) {
            problems.fileError(name, decoded.error());
            return Optional.empty();
        }
        String text = decoded.text();
        if (text.indexOf('\0') >= 0) {
            problems.fileError(name, "wrong encoding: the file contains NUL characters, it is not CSV text");
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.fileError(name, "the file is empty");
            return Optional.empty();
        }
        if (commentLines) {
            text = COMMENT_LINE.matcher(text).replaceAll("");
            return parse(text, delimiter(text.stripLeading()), name, problems);
        }
        return parse(text, delimiter(text), name, problems);
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
                    problems.error(name, row + 1, 0, null, "broken CSV: " + csvReason(e));
                    return Optional.empty();
                }
                row++;
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

    /** Comma unless the first line has more semicolons or tabs (European Excel, pasted tables). */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The first non-blank row of a CSV file, for recognizing its layout; empty when unreadable. */
    public static Optional<CellTable.Row> firstRow(Path file) {
        Problems ignored = new Problems();
        return read(file, ignored).flatMap(t -> t.rows().stream().findFirst());
    }
}
