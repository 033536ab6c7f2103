package org.landcarbon.cli.internal.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * Reads a panel in long format: one row per (region, year), a region column named by {@code --by},
 * a year (or integer index) column and numeric columns, e.g. {@code region,year,net}. Rows of a
 * region may come in any order and regions may interleave; each region becomes its own table, in the
 * order regions first appear. A problem inside a region's rows (a non-numeric cell, a duplicated
 * year) fails only that region, with file, line and column; a problem of the file itself (no header,
 * no region column, a row of the wrong width, a limit exceeded) fails the whole panel.
 */
public final class PanelTables {

    private static final Pattern UNIT = Pattern.compile("(.*?)\\s*\\[(.*)\\]\\s*");

    /** One region: its table, or the problems that kept it from being read. */
    public record Region(String name, DataTable table, List<String> problems) {
        public boolean ok() {
            return table != null;
        }
    }

    /** A region being collected: compact growable arrays, no per-row objects. */
    private static final class Rows {
        final int firstLine;
        int size;
        int[] years = new int[16];
        int[] lines = new int[16];
        double[][] values;
        final List<String> problems = new ArrayList<>();

        Rows(int columns, int firstLine) {
            this.firstLine = firstLine;
            values = new double[columns][16];
        }

        void add(int year, int line, double[] row) {
            if (size == years.length) {
                int n = size * 2;
                years = Arrays.copyOf(years, n);
                lines = Arrays.copyOf(lines, n);
                for (int c = 0; c < values.length; c++) {
                    values[c] = Arrays.copyOf(values[c], n);
                }
            }
            years[size] = year;
            lines[size] = line;
            for (int c = 0; c < values.length; c++) {
                values[c][size] = row[c];
            }
            size++;
        }
    }

    private PanelTables() {
    }

    /**
     * Reads {@code file}; {@code by} names the region column, {@code columns} (may be empty: all)
     * the numeric columns to keep.
     *
     * @throws AnalysisException when the file as a whole cannot be a panel
     */
    public static List<Region> read(Path file, String by, List<String> columns) throws IOException, AnalysisException {
        String name = file.getFileName().toString();
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        }
        if (bytes > Limits.MAX_PANEL_FILE_BYTES) {
            throw new AnalysisException(name + ": " + Limits.bytes(bytes) + "; a panel file may have at most "
                    + Limits.bytes(Limits.MAX_PANEL_FILE_BYTES));
        }
        boolean xlsx = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        String text = xlsx ? "" : decode(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        Map<String, Rows> regions = new LinkedHashMap<>();
        String[] header = null;
        int headerLine = 0;
        int regionColumn = -1;
        int indexColumn = -1;
        int[] dataColumns = null;
        String[] names = null;
        String[] units = null;
        int rowCount = 0;
        try (Reader reader = new StringReader(text); CSVParser parser = format.parse(reader)) {
            double[] row = null;
            for (Line record : xlsx ? sheetLines(file) : csvLines(parser)) {
                int line = record.number();
                if (header == null) {
                    header = record.values();
                    headerLine = line;
                    if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                        header[0] = header[0].substring(1);
                    }
                    regionColumn = find(header, by);
                    if (regionColumn < 0) {
                        throw new AnalysisException(name + " line " + line + ": no column '" + by + "' (--by) to group the rows by; the columns are: "
                                + String.join(", ", header));
                    }
                    if (header.length > Limits.MAX_COLUMNS) {
                        throw new AnalysisException(name + " line " + line + ": " + header.length + " columns; at most "
                                + Limits.number(Limits.MAX_COLUMNS) + " (the limit)");
                    }
                    indexColumn = regionColumn == 0 ? 1 : 0;
                    if (header.length < 3) {
                        throw new AnalysisException(name + " line " + line + ": a panel needs a " + by
                                + " column, a year column and at least one data column, e.g. " + by + ",year,net");
                    }
                    List<Integer> keep = new ArrayList<>();
                    List<String> seen = new ArrayList<>();
                    List<String> unitList = new ArrayList<>();
                    for (int c = 0; c < header.length; c++) {
                        if (c == regionColumn || c == indexColumn) {
                            continue;
                        }
                        String col = header[c];
                        String unit = "";
                        Matcher m = UNIT.matcher(col);
                        if (m.matches()) {
                            col = m.group(1);
                            unit = m.group(2).strip();
                        }
                        if (col.isEmpty()) {
                            throw new AnalysisException(name + " line " + line + ": column " + (c + 1) + " has no name");
                        }
                        if (seen.contains(col)) {
                            throw new AnalysisException(name + " line " + line + ": column '" + col + "' appears twice");
                        }
                        seen.add(col);
                        if (columns.isEmpty() || columns.contains(col)) {
                            keep.add(c);
                            unitList.add(unit);
                        }
                    }
                    for (String wanted : columns) {
                        if (!seen.contains(wanted)) {
                            throw new AnalysisException(name + " has no column '" + wanted + "'; its data columns are: " + String.join(", ", seen));
                        }
                    }
                    dataColumns = keep.stream().mapToInt(Integer::intValue).toArray();
                    names = new String[dataColumns.length];
                    for (int i = 0; i < dataColumns.length; i++) {
                        String h = header[dataColumns[i]];
                        Matcher m = UNIT.matcher(h);
                        names[i] = m.matches() ? m.group(1) : h;
                    }
                    units = unitList.toArray(String[]::new);
                    row = new double[dataColumns.length];
                    continue;
                }
                if (record.size() != header.length) {
                    throw new AnalysisException(name + " line " + line + ": " + record.size() + " fields, the header (line " + headerLine + ") has "
                            + header.length);
                }
                if (++rowCount > Limits.MAX_PANEL_ROWS) {
                    throw new AnalysisException(name + " line " + line + ": more than " + Limits.number(Limits.MAX_PANEL_ROWS)
                            + " rows (the limit of a panel)");
                }
                String region = record.get(regionColumn);
                Rows rows = regions.get(region);
                if (rows == null) {
                    if (regions.size() >= Limits.MAX_PANEL_REGIONS) {
                        throw new AnalysisException(name + " line " + line + ": more than " + Limits.number(Limits.MAX_PANEL_REGIONS)
                                + " regions (the limit of a panel)");
                    }
                    rows = new Rows(dataColumns.length, line);
                    regions.put(region, rows);
                }
                String yearText = record.get(indexColumn);
                int year;
                try {
                    year = Integer.parseInt(yearText);
                } catch (NumberFormatException e) {
                    rows.problems.add(name + " line " + line + ", column " + header[indexColumn] + ": '" + yearText + "' is not a whole number");
                    continue;
                }
                boolean bad = false;
                for (int i = 0; i < dataColumns.length; i++) {
                    String cell = record.get(dataColumns[i]);
                    double v = parse(cell);
                    if (!Double.isFinite(v)) {
                        rows.problems.add(name + " line " + line + " (" + header[indexColumn] + " " + yearText + "), column " + names[i] + ": "
                                + (cell.isEmpty() ? "missing value" : "'" + cell + "' is not a number"));
                        bad = true;
                    }
                    row[i] = v;
                }
                if (!bad) {
                    rows.add(year, line, row);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new AnalysisException(name + ": not a readable CSV file (" + e.getCause().getMessage() + ")");
        }
        if (header == null) {
            throw new AnalysisException(name + ": empty file; expected a header row such as " + by + ",year,net");
        }
        if (regions.isEmpty()) {
            throw new AnalysisException(name + ": no data rows under the header");
        }
        String indexName = header[indexColumn];
        boolean years = isYear(indexName);
        List<Region> out = new ArrayList<>(regions.size());
        for (Map.Entry<String, Rows> e : regions.entrySet()) {
            out.add(region(name, e.getKey(), e.getValue(), indexName, years, names, units));
        }
        return out;
    }

    /** A row of cells with its line (CSV) or row number (XLSX sheet), as messages cite it. */
    private record Line(int number, String[] values) {
        int size() {
            return values.length;
        }

        String get(int column) {
            return column < values.length ? values[column] : "";
        }
    }

    private static Iterable<Line> csvLines(CSVParser parser) {
        return () -> new java.util.Iterator<>() {
            private final java.util.Iterator<CSVRecord> records = parser.iterator();

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Line next() {
                CSVRecord r = records.next();
                return new Line((int) parser.getCurrentLineNumber(), r.values());
            }
        };
    }

    /** The first filled sheet; a sheet row may end early where its last cells are empty, so rows are padded to the header. */
    private static List<Line> sheetLines(Path file) throws IOException {
        org.landcarbon.io.WorkbookSheets.Sheet sheet = org.landcarbon.io.WorkbookSheets.firstSheet(file);
        List<Line> out = new ArrayList<>(sheet.rows().size());
        int width = sheet.rows().isEmpty() ? 0 : filled(sheet.rows().get(0).cells());
        for (org.landcarbon.io.WorkbookSheets.Row r : sheet.rows()) {
            String[] v = new String[Math.max(width, filled(r.cells()))];
            for (int i = 0; i < v.length; i++) {
                String c = i < r.cells().size() ? r.cells().get(i) : null;
                v[i] = c == null ? "" : c.strip();
            }
            out.add(new Line(r.number(), v));
        }
        return out;
    }

    private static int filled(List<String> cells) {
        int w = cells.size();
        while (w > 0 && (cells.get(w - 1) == null || cells.get(w - 1).isBlank())) {
            w--;
        }
        return w;
    }

    private static Region region(String file, String region, Rows r, String indexName, boolean years, String[] names, String[] units) {
        String source = file + " " + "region " + region;
        // rows in year order; a stable sort keeps the first of two equal years first, for the message
        Integer[] order = new Integer[r.size];
        for (int i = 0; i < r.size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(r.years[a], r.years[b]));
        int[] index = new int[r.size];
        int[] lines = new int[r.size];
        for (int i = 0; i < r.size; i++) {
            index[i] = r.years[order[i]];
            lines[i] = r.lines[order[i]];
            if (i > 0 && index[i] == index[i - 1]) {
                r.problems.add(file + " line " + lines[i] + ": region " + region + ", " + indexName + " " + index[i]
                        + " appears twice (first on line " + lines[i - 1] + ")");
            }
        }
        if (!r.problems.isEmpty()) {
            return new Region(region, null, List.copyOf(r.problems));
        }
        if (r.size == 0) {
            return new Region(region, null, List.of(file + " line " + r.firstLine + ": region " + region + " has no usable rows"));
        }
        List<Column> cols = new ArrayList<>(names.length);
        for (int c = 0; c < names.length; c++) {
            double[] v = new double[r.size];
            for (int i = 0; i < r.size; i++) {
                v[i] = r.values[c][order[i]];
            }
            cols.add(new Column(names[c], units[c], v, source + " column " + names[c]));
        }
        DataTable t = DataTable.ofNumericIndex(source, years ? "year" : "index", years ? IndexKind.YEAR : IndexKind.INDEX, index, lines, cols);
        return new Region(region, t, List.of());
    }

    private static double parse(String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int find(String[] header, String name) {
        for (int c = 0; c < header.length; c++) {
            if (header[c].equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isYear(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        return h.equals("year") || h.equals("years") || h.equals("年份") || h.equals("年");
    }

    /** UTF-8 (with or without BOM) when valid, otherwise GB18030, as the single-table reader does. */
    private static String decode(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(bytes, java.nio.charset.Charset.forName("GB18030"));
        }
    }
}
