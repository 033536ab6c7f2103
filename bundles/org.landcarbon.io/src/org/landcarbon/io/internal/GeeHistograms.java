package org.landcarbon.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.landcarbon.io.GeeOptions;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;

/**
 * Reads a Google Earth Engine {@code reduceRegions(frequencyHistogram)} CSV export: {@code system:index}, the
 * features' properties, one histogram column holding JSON such as {@code {"1":1234.0,"2":56.0}} (land-cover code
 * -> pixel count, fractional where GEE weighted edge pixels) and {@code .geo}. A class's area is the sum of its
 * codes' counts x scale^2 m2 (GEE's planar pixel at the reduction scale), or the values themselves in m2 with
 * {@link GeeOptions#weightedArea()}.
 */
public final class GeeHistograms {

    /** Larger exports are refused before they are read (GEE splits big exports into files far smaller). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final Unit M2 = Unit.parse("m2");

    private GeeHistograms() {
    }

    public static void read(Path file, Study study, GeeOptions o, Problems problems, List<RegionRaw> out) {
        String name = ImportPlanner.fileName(file);
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                problems.fileError(name, "the file has " + Files.size(file) + " bytes, more than the " + MAX_BYTES
                        + " this import reads; export fewer features per file (or drop .geo: selectors in Export.table)");
                return;
            }
        } catch (IOException e) {
            problems.fileError(name, "cannot read the file: " + e.getMessage());
            return;
        }
        if (!(o.scale() > 0) || !Double.isFinite(o.scale())) {
            problems.fileError(name, "the scale must be a pixel size in metres above 0, got " + o.scale());
            return;
        }
        CellTable table = CsvTables.read(file, problems).orElse(null);
        if (table == null) {
            return;
        }
        if (table.rows().size() < 2) {
            problems.fileError(name, table.rows().isEmpty() ? "the file is empty" : "only a header, no features below it");
            return;
        }
        CellTable.Row header = table.rows().get(0);
        int id = column(header, o.idField());
        int label = o.nameField() == null ? 0 : column(header, o.nameField());
        int histogram = o.histogramField() == null ? findHistogram(table, id, label) : column(header, o.histogramField());
        List<String> columns = header.cells().stream().map(String::strip).toList();
        if (id == 0) {
            problems.error(name, header.number(), 0, null, "no id field '" + o.idField() + "'; the columns are " + String.join(", ", columns));
        }
        if (o.nameField() != null && label == 0) {
            problems.error(name, header.number(), 0, null, "no name field '" + o.nameField() + "'; the columns are " + String.join(", ", columns));
        }
        if (histogram <= 0) {
            problems.error(name, header.number(), 0, null, (o.histogramField() != null ? "no histogram field '" + o.histogramField() + "'"
                    : histogram == 0 ? "no column holds histograms ({\"code\":count,...})" : "several columns hold histograms")
                    + "; name it with --histogram-field; the columns are " + String.join(", ", columns));
        }
        if (problems.hasErrors()) {
            return;
        }
        String src = table.source();
        String hHeader = header.cell(histogram);
        Map<Integer, double[]> unmapped = new TreeMap<>(); // code -> {count, features}
        Map<Integer, List<Integer>> unmappedRows = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        double pixel = o.scale() * o.scale();
        for (CellTable.Row row : table.rows().subList(1, table.rows().size())) {
            if (row.cells().size() != header.cells().size()) {
                problems.error(src, row.number(), 0, null, "ragged row: " + row.cells().size() + " cells where the header has "
                        + header.cells().size());
                continue;
            }
            String code = row.cell(id);
            if (code.isEmpty()) {
                problems.error(src, row.number(), id, header.cell(id), "no region id");
                continue;
            }
            Integer earlier = ids.putIfAbsent(code, row.number());
            if (earlier != null) {
                problems.error(src, row.number(), id, header.cell(id), "region " + code + " again (also row " + earlier + ")");
                continue;
            }
            Map<Integer, Double> counts = parse(row.cell(histogram), src, row.number(), histogram, hHeader, problems);
            if (counts == null) {
                continue;
            }
            if (counts.isEmpty()) {
                problems.error(src, row.number(), histogram, hHeader, "region " + code + ": the histogram is empty, the feature covers "
                        + "no pixel of the image (outside it, or every pixel masked)");
                continue;
            }
            Map<String, double[]> byClass = new LinkedHashMap<>(); // class -> {count, pixels}
            Map<String, List<Integer>> codesOf = new LinkedHashMap<>();
            for (String c : o.mapping().targetClasses()) {
                byClass.put(c, new double[1]);
                codesOf.put(c, new ArrayList<>());
            }
            for (Map.Entry<Integer, Double> e : counts.entrySet()) {
                String c = o.mapping().classes().get(e.getKey());
                if (c == null) {
                    double[] u = unmapped.computeIfAbsent(e.getKey(), k -> new double[2]);
                    u[0] += e.getValue();
                    u[1]++;
                    unmappedRows.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(row.number());
                    continue;
                }
                byClass.get(c)[0] += e.getValue();
                codesOf.get(c).add(e.getKey());
            }
            String regionName = label == 0 ? "" : row.cell(label);
            for (Map.Entry<String, double[]> e : byClass.entrySet()) {
                double amount = e.getValue()[0];
                double m2 = o.weightedArea() ? amount : amount * pixel;
                List<Integer> codes = codesOf.get(e.getKey());
                String how = codes.isEmpty() ? "no pixel of the class"
                        : "codes " + codes.stream().map(String::valueOf).reduce((a, b) -> a + "+" + b).orElse("") + ": "
                                + (o.weightedArea() ? Cells.format(amount) + " m2 (pixel areas)"
                                        : Cells.format(amount) + " pixels x " + Cells.format(o.scale()) + " m x " + Cells.format(o.scale()) + " m");
                RawValue raw = new RawValue(SeriesCatalog.of("area." + e.getKey()), o.year(), m2, M2, "m2", src, row.number(), histogram,
                        hHeader, table.origin() + ":" + row.number() + " (" + how + ", mapping " + o.mapping().name() + ")");
                out.add(new RegionRaw(code, regionName, "", raw, "10^4 hm2"));
            }
        }
        for (Map.Entry<Integer, double[]> e : unmapped.entrySet()) {
            List<Integer> rows = unmappedRows.get(e.getKey());
            problems.error(src, 0, histogram, hHeader, "land-cover code " + e.getKey() + " is not in the mapping " + o.mapping().name()
                    + ": " + Cells.format(e.getValue()[0]) + (o.weightedArea() ? " m2" : " pixels") + " in " + (int) e.getValue()[1]
                    + (e.getValue()[1] == 1 ? " feature" : " features") + " (row" + (rows.size() == 1 ? " " : "s ")
                    + String.join(", ", rows.stream().limit(10).map(String::valueOf).toList()) + (rows.size() > 10 ? ", ..." : "")
                    + "); map it in a MAPPING.csv (code,class)");
        }
        if (!unmapped.isEmpty()) {
            out.clear();
        }
    }

    private static int column(CellTable.Row header, String field) {
        for (int c = 1; c <= header.cells().size(); c++) {
            if (header.cell(c).equals(field.strip())) {
                return c;
            }
        }
        return 0;
    }

    // The one column whose first feature's cell is a JSON object; -1 when several are.
    private static int findHistogram(CellTable table, int id, int label) {
        CellTable.Row header = table.rows().get(0);
        CellTable.Row first = table.rows().get(1);
        int found = 0;
        for (int c = 1; c <= header.cells().size(); c++) {
            if (c == id || c == label || header.cell(c).equals(".geo")) {
                continue;
            }
            String v = first.cell(c);
            if (v.startsWith("{") && v.endsWith("}")) {
                if (found != 0) {
                    return -1;
                }
                found = c;
            }
        }
        return found;
    }

    /**
     * A flat JSON object of code -> number: {@code {"1":1234.0,"2":56.5}} ({@code {}} when empty); null after
     * reporting why the text is not one.
     */
    static Map<Integer, Double> parse(String text, String src, int row, int column, String header, Problems problems) {
        String t = text.strip();
        if (!t.startsWith("{") || !t.endsWith("}")) {
            problems.error(src, row, column, header, "not a histogram (a JSON object such as {\"1\":1234,\"2\":56}): '" + shorten(t) + "'");
            return null;
        }
        Map<Integer, Double> out = new TreeMap<>();
        String body = t.substring(1, t.length() - 1).strip();
        if (body.isEmpty()) {
            return out;
        }
        for (String pair : body.split(",")) {
            int colon = pair.indexOf(':');
            String key = colon < 0 ? "" : pair.substring(0, colon).strip();
            if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
                key = key.substring(1, key.length() - 1).strip();
            }
            Integer code = null;
            try {
                double k = Double.parseDouble(key);
                if (k == Math.rint(k) && Math.abs(k) < 1e9) {
                    code = (int) k;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            if (colon < 0 || code == null) {
                problems.error(src, row, column, header, "histogram entry '" + shorten(pair.strip()) + "': the key must be a whole-number "
                        + "land-cover code such as \"2\"");
                return null;
            }
            Cells.Parsed count = Cells.number(pair.substring(colon + 1));
            if (!count.ok() || count.value() < 0) {
                problems.error(src, row, column, header, "histogram entry for code " + code + ": "
                        + (count.ok() ? "negative count " + Cells.format(count.value()) : count.error()));
                return null;
            }
            if (out.put(code, count.value()) != null) {
                problems.error(src, row, column, header, "histogram has code " + code + " twice");
                return null;
            }
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
