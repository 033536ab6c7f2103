package org.landcarbon.uncertainty.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.landcarbon.model.study.Uncertainties;

/**
 * The literature ranges of the shipped coefficient sets, one CSV per set ({@code ranges/<set>.csv}):
 * {@code # set: ID}, then {@code key,distribution,sd,min,max,percent,percent_upper,source}. Distribution
 * {@code none} records that the source gives no range (the source column says which source), so every entry of
 * a set is accounted for and nothing is invented.
 */
public final class RangeLibrary {

    static final List<String> HEADER = List.of("key", "distribution", "sd", "min", "max", "percent", "percent_upper", "source");
    static final String NONE = "none";

    /** One row; {@code where} is "file, row n" for messages. */
    public record Range(String key, String distribution, double sd, double min, double max, double percent, double percentUpper,
            String source, String where) {

        public boolean given() {
            return !NONE.equals(distribution);
        }
    }

    public record RangeSet(String setId, Map<String, Range> ranges, String file) {
    }

    static final List<String> BUNDLED = List.of("seed-guizhou.csv", "seed-guizhou+fuel-heliyon-2023.csv",
            "seed-guizhou+ipcc-2006-fuels.csv");

    private static volatile Map<String, RangeSet> bundled;

    private RangeLibrary() {
    }

    /** The bundled range sets by coefficient-set id. */
    public static Map<String, RangeSet> bundled() {
        Map<String, RangeSet> b = bundled;
        if (b == null) {
            Map<String, RangeSet> map = new LinkedHashMap<>();
            for (String f : BUNDLED) {
                try (InputStream in = RangeLibrary.class.getResourceAsStream("/ranges/" + f)) {
                    if (in == null) {
                        throw new IllegalStateException("ranges/" + f + " is missing from the bundle");
                    }
                    RangeSet set = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "ranges/" + f);
                    map.put(set.setId(), set);
                } catch (IOException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
            bundled = b = Map.copyOf(map);
        }
        return b;
    }

    public static Optional<Range> find(String setId, String key) {
        RangeSet set = bundled().get(setId);
        return set == null ? Optional.empty() : Optional.ofNullable(set.ranges().get(key));
    }

    public static RangeSet parse(String text, String file) throws IOException {
        String setId = null;
        StringBuilder body = new StringBuilder();
        int skipped = 0;
        boolean inBody = false;
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (!inBody && (l.startsWith("#") || l.isEmpty())) {
                skipped++;
                if (l.startsWith("# set:")) {
                    setId = l.substring("# set:".length()).strip();
                }
                continue;
            }
            inBody = true;
            body.append(l).append('\n');
        }
        if (setId == null || setId.isEmpty()) {
            throw new IOException(file + ": no '# set: ID' line before the header");
        }
        Map<String, Range> ranges = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body.toString()), format)) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new IOException(file + ", row " + (skipped + 1) + ": header must be " + String.join(",", HEADER));
            }
            for (CSVRecord r : parser) {
                long row = skipped + r.getRecordNumber() + 1;
                String where = file + ", row " + row;
                if (r.size() != HEADER.size()) {
                    throw new IOException(where + ": expected " + HEADER.size() + " columns, found " + r.size());
                }
                String key = r.get("key");
                String kind = r.get("distribution");
                if (key.isEmpty()) {
                    throw new IOException(where + ", column key: empty");
                }
                if (!kind.equals(NONE) && !Uncertainties.KINDS.contains(kind)) {
                    throw new IOException(where + ", column distribution: '" + kind + "' is not one of none, " + String.join(", ",
                            Uncertainties.KINDS));
                }
                if (r.get("source").isEmpty()) {
                    throw new IOException(where + ", column source: every row must cite its source or say that it gives no range");
                }
                double[] p = new double[5];
                String[] cols = { "sd", "min", "max", "percent", "percent_upper" };
                for (int i = 0; i < cols.length; i++) {
                    String v = r.get(cols[i]);
                    try {
                        p[i] = v.isEmpty() ? 0 : Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new IOException(where + ", column " + cols[i] + ": '" + v + "' is not a number");
                    }
                }
                if (ranges.put(key, new Range(key, kind, p[0], p[1], p[2], p[3], p[4], r.get("source"), where)) != null) {
                    throw new IOException(where + ", column key: " + key + " appears twice");
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return new RangeSet(setId, Map.copyOf(ranges), file);
    }
}
