package org.landcarbon.accounting.stock;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.landcarbon.model.units.BaseDimension;
import org.landcarbon.model.units.Dimension;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;

/**
 * Carbon densities per land class and pool, as a published table gives them (InVEST's carbon pools table):
 * {@code class,above,below,soil,dead,unit,source} with any non-empty subset of the pool columns (InVEST's
 * {@code c_above} ... are accepted), one row per class, {@code #} lines before the header as comments. Units
 * are carbon per area ({@code t C / hm2}, {@code kg C / m2}); a blank pool cell means "not given". Errors name
 * the file, row and column.
 */
public record CarbonDensities(String file, Map<String, ClassDensities> byClass) {

    /** One class's row: its densities by pool, the source and the row of the file. */
    public record ClassDensities(String landClass, Map<CarbonPool, Quantity> pools, String source, int row) {
    }

    public static final Dimension DENSITY = Dimension.of(BaseDimension.CARBON).dividedBy(Dimension.of(BaseDimension.AREA));

    /**
     * Reads a densities table. {@code classOf} maps what the file calls a class ("Woodland", 林地) to a class id, or
     * empty when it names no class of the areas, which is an error naming the row.
     */
    public static CarbonDensities parse(String text, String file, Function<String, Optional<String>> classOf, String knownClasses)
            throws IOException {
        int skipped = 0;
        StringBuilder body = new StringBuilder();
        boolean inBody = false;
        for (String line : text.split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!inBody && (l.startsWith("#") || l.isBlank())) {
                skipped++;
                continue;
            }
            inBody = true;
            body.append(l).append('\n');
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        Map<String, ClassDensities> byClass = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body.toString()), format)) {
            List<String> header = parser.getHeaderNames();
            int headerRow = skipped + 1;
            Map<CarbonPool, String> poolColumns = new EnumMap<>(CarbonPool.class);
            for (String h : header) {
                CarbonPool.of(h).ifPresent(p -> poolColumns.put(p, h));
                // other columns (InVEST's lucode, LULC_name) are ignored, but a pool column of a pool LandCarbon
                // does not have would be dropped silently
                if (h.toLowerCase(java.util.Locale.ROOT).startsWith("c_") && CarbonPool.of(h).isEmpty()) {
                    throw new IOException(file + ", row " + headerRow + ", column " + h + ": not a carbon pool; the pools are above, "
                            + "below, soil and dead (InVEST's c_above, c_below, c_soil, c_dead)");
                }
            }
            for (String required : List.of("class", "unit", "source")) {
                if (!header.contains(required)) {
                    throw new IOException(file + ", row " + headerRow + ": no column '" + required + "'; the header must be "
                            + "class,above,below,soil,dead,unit,source (pool columns: any of above, below, soil, dead)");
                }
            }
            if (poolColumns.isEmpty()) {
                throw new IOException(file + ", row " + headerRow + ": no pool column (above, below, soil or dead)");
            }
            for (CSVRecord r : parser) {
                int row = (int) (skipped + r.getRecordNumber() + 1);
                if (r.size() != header.size()) {
                    throw new IOException(file + ", row " + row + ": expected " + header.size() + " columns, found " + r.size());
                }
                String name = r.get("class");
                String id = classOf.apply(name).orElseThrow(() -> new IOException(file + ", row " + row + ", column class: '" + name
                        + "' is not a land class of the areas (" + knownClasses + ")"));
                if (byClass.containsKey(id)) {
                    throw new IOException(file + ", row " + row + ", column class: " + id + " is already given in row " + byClass.get(id).row());
                }
                // the cell rules are the study's (StudyDensities), so a file and the editor refuse the same things
                String unitProblem = StudyDensities.unitProblem(r.get("unit"));
                if (unitProblem != null) {
                    throw new IOException(file + ", row " + row + ", column unit: " + unitProblem);
                }
                Unit unit = Unit.parse(r.get("unit"));
                if (r.get("source").isBlank()) {
                    throw new IOException(file + ", row " + row + ", column source: every density must cite its source (" + id + ")");
                }
                Map<CarbonPool, Quantity> pools = new EnumMap<>(CarbonPool.class);
                for (Map.Entry<CarbonPool, String> c : poolColumns.entrySet()) {
                    String cell = r.get(c.getValue());
                    if (cell.isBlank()) {
                        continue;
                    }
                    String valueProblem = StudyDensities.valueProblem(cell);
                    if (valueProblem != null) {
                        throw new IOException(file + ", row " + row + ", column " + c.getValue() + ": " + valueProblem);
                    }
                    pools.put(c.getKey(), new Quantity(Double.parseDouble(cell), unit));
                }
                byClass.put(id, new ClassDensities(id, pools, r.get("source"), row));
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        if (byClass.isEmpty()) {
            throw new IOException(file + ": no density rows after the header");
        }
        return new CarbonDensities(file, byClass);
    }

    /** The pools any class gives, in pool order. */
    public List<CarbonPool> pools() {
        List<CarbonPool> list = new ArrayList<>();
        for (CarbonPool p : CarbonPool.values()) {
            if (byClass.values().stream().anyMatch(c -> c.pools().containsKey(p))) {
                list.add(p);
            }
        }
        return list;
    }
}
