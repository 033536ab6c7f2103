package org.landcarbon.accounting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.study.UncertaintyColumns;
import org.landcarbon.model.study.StudyConventions;
import org.landcarbon.model.units.Dimension;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;

/**
 * Reads a coefficient set from CSV: metadata lines {@code # id: ...}, {@code # name:}, {@code # version:},
 * {@code # citation:}, {@code # description:}, {@code # base:} (other {@code #} lines are comments), then the
 * header {@code key,value,unit,source,note} and one row per coefficient. Every row must cite its source and
 * every unit must parse; errors name the file, row and column. Optional columns after {@code note} give a range
 * (docs/uncertainty.md): {@code distribution,sd,min,max,percent,percent_upper,uncertainty_source}, any of them in
 * any order; a row with a distribution must cite the range's source, and impossible parameters are refused by the
 * check the validator uses ({@link org.landcarbon.model.study.Uncertainties#problem}).
 */
public final class CoefficientCsv {

    private static final List<String> HEADER = List.of("key", "value", "unit", "source", "note");
    /** The optional range columns; sd, min and max are in the coefficient's unit, percent of its value for the rest. */
    public static final List<String> UNCERTAINTY = UncertaintyColumns.NAMES;

    private CoefficientCsv() {
    }

    public static CoefficientSetData read(InputStream in, String fileName) throws IOException {
        String text;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder sb = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null) {
                sb.append(line).append('\n');
            }
            text = sb.toString();
        }
        return parse(text, fileName);
    }

    public static CoefficientSetData parse(String text, String fileName) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        int skipped = 0;
        boolean inBody = false;
        for (String line : text.split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!inBody && (l.startsWith("#") || l.isBlank())) {
                skipped++;
                int colon = l.indexOf(':');
                if (l.startsWith("#") && colon > 1) {
                    String key = l.substring(1, colon).strip();
                    if (key.matches("id|name|version|citation|description|base")) {
                        meta.merge(key, l.substring(colon + 1).strip(), (a, b) -> a + " " + b);
                    }
                }
                continue;
            }
            inBody = true;
            body.append(l).append('\n');
        }
        String id = meta.get("id");
        if (id == null || id.isBlank()) {
            throw new IOException(fileName + ": no '# id: ...' line before the header");
        }
        List<CoefficientEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body.toString()), format)) {
            List<String> header = parser.getHeaderNames();
            List<String> extra = header.size() < HEADER.size() ? List.of() : header.subList(HEADER.size(), header.size());
            if (!header.subList(0, Math.min(header.size(), HEADER.size())).equals(HEADER) || !UNCERTAINTY.containsAll(extra)
                    || extra.stream().distinct().count() != extra.size()) {
                throw new IOException(fileName + ", row " + (skipped + 1) + ": header must be " + String.join(",", HEADER)
                        + " (optionally followed by range columns of " + String.join(",", UNCERTAINTY) + "), found " + String.join(",", header));
            }
            for (CSVRecord record : parser) {
                long row = skipped + record.getRecordNumber() + 1;
                if (record.size() != header.size()) {
                    throw new IOException(fileName + ", row " + row + ": expected " + header.size() + " columns, found " + record.size());
                }
                String key = record.get("key");
                if (key.isEmpty()) {
                    throw new IOException(fileName + ", row " + row + ", column key: empty");
                }
                if (!keys.add(key)) {
                    throw new IOException(fileName + ", row " + row + ", column key: " + key + " appears twice");
                }
                double value;
                try {
                    value = Double.parseDouble(record.get("value"));
                } catch (NumberFormatException e) {
                    throw new IOException(fileName + ", row " + row + ", column value: '" + record.get("value") + "' is not a number");
                }
                String unit = record.get("unit");
                Unit parsed;
                try {
                    parsed = unit.isBlank() ? Unit.ONE : Unit.parse(unit);
                } catch (UnitException e) {
                    throw new IOException(fileName + ", row " + row + ", column unit: " + e.getMessage());
                }
                Dimension expected = StudyConventions.coefficientDimension(key).orElse(null);
                if (expected != null && !StudyConventions.fits(key, parsed.dimension())) {
                    // the validator's rule: a density in t C / hm2 is not a rate in t C / (hm2 a)
                    throw new IOException(fileName + ", row " + row + ", column unit: " + key + " needs " + expected + ", but '" + unit + "' is "
                            + parsed.dimension());
                }
                String source = record.get("source");
                if (source.isBlank()) {
                    throw new IOException(fileName + ", row " + row + ", column source: every coefficient must cite its source (" + key + ")");
                }
                entries.add(new CoefficientEntry(key, value, unit, source, record.get("note"),
                        uncertainty(record, extra, value, fileName + ", row " + row)));
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IOException(fileName + ": " + e.getMessage(), e);
        }
        return new CoefficientSetData(id, meta.getOrDefault("name", id), meta.getOrDefault("version", ""),
                meta.getOrDefault("citation", ""), meta.getOrDefault("description", ""), meta.get("base"), entries, fileName);
    }

    /** The range of a row, or null when its distribution is blank; read by the parser the series importers share. */
    private static Uncertainty uncertainty(CSVRecord record, List<String> columns, double value, String where) throws IOException {
        try {
            return UncertaintyColumns.parse(c -> columns.contains(c) ? record.get(c) : "", value, false, record.get("key"));
        } catch (UncertaintyColumns.Refused e) {
            throw new IOException(where + ", column " + e.column() + ": " + e.getMessage(), e);
        }
    }

    /** The set as a study's own coefficient set (id, name, version, citation, description, base and entries). */
    public static CoefficientSet toModel(CoefficientSetData data) {
        CoefficientSet set = LandCarbonFactory.eINSTANCE.createCoefficientSet();
        set.setId(data.id());
        set.setName(data.name());
        set.setVersion(data.version());
        set.setCitation(data.citation());
        set.setDescription(data.description());
        set.setBase(data.base());
        for (CoefficientEntry e : data.entries()) {
            Coefficient c = LandCarbonFactory.eINSTANCE.createCoefficient();
            c.setKey(e.key());
            c.setValue(e.value());
            c.setUnit(e.unit());
            c.setSource(e.source());
            c.setNote(e.note() == null || e.note().isBlank() ? null : e.note());
            c.setUncertainty(e.uncertainty() == null ? null : org.eclipse.emf.ecore.util.EcoreUtil.copy(e.uncertainty()));
            set.getEntries().add(c);
        }
        return set;
    }
}
