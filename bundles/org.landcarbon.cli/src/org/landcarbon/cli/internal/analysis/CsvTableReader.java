package org.landcarbon.cli.internal.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.DataTable.IndexKind;
import org.landcarbon.model.text.Limits;
import org.landcarbon.model.text.Numbers;
import org.landcarbon.model.text.TextFiles;
import org.landcarbon.model.text.Texts;

/**
 * Reads an analysis input from CSV: a header row, a first column {@code year} (or an integer index, or
 * labels) and numeric columns. Lines starting with {@code #} are comments; a header may carry a unit in
 * brackets, {@code net [10^4 t C]}. Every problem names the file, the line and the column.
 */
public final class CsvTableReader {

    private static final Pattern UNIT = Pattern.compile("(.*?)\\s*\\[(.*)\\]\\s*");
    private static final Pattern COMMENTS = Pattern.compile("(?m)^[ \\t]*#.*$");

    private CsvTableReader() {
    }

    public static DataTable read(Path file) throws IOException, AnalysisException {
        String name = file.getFileName().toString();
        String text = decode(file);
        char separator = TextFiles.separator(TextFiles.firstLine(COMMENTS.matcher(text).replaceAll("").stripLeading()));
        String dialect = " (read as " + TextFiles.separatorName(separator) + "-separated)";
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).setDelimiter(separator).get();
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] header = null;
        int headerLine = 0;
        try (Reader reader = new java.io.StringReader(text);
                CSVParser parser = format.parse(reader)) {
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                String[] values = record.values();
                if (values.length > Limits.MAX_COLUMNS || rows.size() >= Limits.MAX_ROWS) {
                    throw new AnalysisException(name + " line " + line + ": more than " + Limits.number(values.length > Limits.MAX_COLUMNS
                            ? Limits.MAX_COLUMNS : Limits.MAX_ROWS) + (values.length > Limits.MAX_COLUMNS ? " columns" : " rows") + " (the limit)");
                }
                for (int c = 0; c < values.length; c++) {
                    if (values[c].length() > Limits.MAX_CELL_CHARS) {
                        throw new AnalysisException(name + " line " + line + ", field " + (c + 1) + ": cell too long: "
                                + Limits.number(values[c].length()) + " characters, the limit is " + Limits.number(Limits.MAX_CELL_CHARS)
                                + " (" + Texts.quote(values[c]) + ")");
                    }
                }
                if (header == null) {
                    header = values;
                    headerLine = line;
                    if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                        header[0] = header[0].substring(1);
                    }
                    continue;
                }
                if (values.length != header.length) {
                    throw new AnalysisException(name + " line " + line + ": " + values.length + " fields, the header (line "
                            + headerLine + ") has " + header.length + dialect);
                }
                rows.add(values);
                lines.add(line);
            }
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new AnalysisException(name + ": not a readable CSV file" + dialect + ": " + Texts.cut(Texts.withoutClassNames(why)));
        }
        if (header == null) {
            throw new AnalysisException(name + ": empty file; expected a header row such as year,net");
        }
        if (header.length < 2) {
            throw new AnalysisException(name + " line " + headerLine + ": expected a first column (year, index or label) and at least one data column"
                    + dialect);
        }
        if (rows.isEmpty()) {
            throw new AnalysisException(name + ": no data rows under the header");
        }
        int[] lineNumbers = lines.stream().mapToInt(Integer::intValue).toArray();

        List<Column> columns = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int c = 1; c < header.length; c++) {
            String colName = header[c];
            String unit = "";
            Matcher m = UNIT.matcher(colName);
            if (m.matches()) {
                colName = m.group(1);
                unit = m.group(2).strip();
            }
            if (colName.isEmpty()) {
                throw new AnalysisException(name + " line " + headerLine + ": column " + (c + 1) + " has no name");
            }
            if (seen.contains(colName)) {
                throw new AnalysisException(name + " line " + headerLine + ": column '" + colName + "' appears twice");
            }
            seen.add(colName);
            double[] values = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                String cell = rows.get(r)[c];
                Numbers.Parsed v = Numbers.parse(cell);
                if (!v.ok()) {
                    String why = cell.isEmpty() ? "missing value"
                            : v.error().startsWith("not a number: ") ? v.error().substring("not a number: ".length()).replaceFirst(
                                    "^('.*?'(?: \\([\\d,]+ characters\\))?)", "$1 is not a number") : v.error();
                    throw new AnalysisException(name + " line " + lineNumbers[r] + " (" + Texts.cut(header[0]) + " " + Texts.cut(rows.get(r)[0])
                            + "), column " + Texts.cut(colName) + ": " + why);
                }
                values[r] = v.value();
            }
            columns.add(new Column(colName, unit, values, name + " column " + colName));
        }

        String indexName = header[0].isEmpty() ? "index" : header[0];
        String[] keys = rows.stream().map(r -> r[0]).toArray(String[]::new);
        int[] numeric = integers(keys);
        if (numeric == null) {
            return DataTable.ofLabels(name, indexName, keys, lineNumbers, columns);
        }
        for (int r = 1; r < numeric.length; r++) {
            if (numeric[r] <= numeric[r - 1]) {
                throw new AnalysisException(name + " line " + lineNumbers[r] + ": " + indexName + " " + numeric[r]
                        + " does not follow " + numeric[r - 1] + "; rows must be in increasing order");
            }
        }
        // canonical index names, as results use them as keys ({"year": 2020, "value": ...})
        IndexKind kind = isYear(indexName) ? IndexKind.YEAR : IndexKind.INDEX;
        return DataTable.ofNumericIndex(name, kind == IndexKind.YEAR ? "year" : "index", kind, numeric, lineNumbers, columns);
    }

    /** The file's text, decoded and checked by {@link TextFiles} as every reader does (same messages as the importer). */
    static String decode(Path file) throws IOException, AnalysisException {
        TextFiles.Decoded d = TextFiles.read(file);
        if (d.ok()) {
            return d.text();
        }
        if (d.error().startsWith("file not found")) {
            throw new IOException(file + ": no such file");
        }
        if (d.error().startsWith("cannot read the file: ")) {
            throw new IOException(file + ": cannot be read (" + d.error().substring("cannot read the file: ".length()) + ")");
        }
        throw new AnalysisException(file.getFileName() + ": " + d.error());
    }

    private static boolean isYear(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        return h.equals("year") || h.equals("years") || h.equals("年份") || h.equals("年");
    }

    private static int[] integers(String[] keys) {
        int[] out = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            try {
                out[i] = Integer.parseInt(keys[i]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }
}
