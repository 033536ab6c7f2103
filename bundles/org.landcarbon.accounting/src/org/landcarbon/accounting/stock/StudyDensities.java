package org.landcarbon.accounting.stock;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.landcarbon.model.CarbonDensity;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.LandClassAliases;
import org.landcarbon.model.text.TextFiles;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;

/**
 * The carbon densities a study keeps ({@link Study#getCarbonDensities()}): read into a {@link CarbonDensities} for
 * {@link StockAccounting}, imported from a densities CSV (all rows or none), and each row checked with the
 * same rules as the CSV so that an edited study and a file agree.
 */
public final class StudyDensities {

    /** What trails call the study's own table ("study densities row 2"). */
    public static final String TABLE = "study densities";

    private StudyDensities() {
    }

    public static boolean has(Study study) {
        return !study.getCarbonDensities().isEmpty();
    }

    /** The value of one pool of a row; null when not given. */
    public static Double get(CarbonDensity d, CarbonPool pool) {
        return switch (pool) {
            case ABOVE -> d.getAbove();
            case BELOW -> d.getBelow();
            case SOIL -> d.getSoil();
            case DEAD -> d.getDead();
        };
    }

    public static void set(CarbonDensity d, CarbonPool pool, Double value) {
        switch (pool) {
            case ABOVE -> d.setAbove(value);
            case BELOW -> d.setBelow(value);
            case SOIL -> d.setSoil(value);
            case DEAD -> d.setDead(value);
        }
    }

    /** Why a typed density value is refused, or null: blank (not given) or a finite number >= 0. */
    public static String valueProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(typed.strip());
            return Double.isFinite(v) && v >= 0 ? null : "a density cannot be " + typed.strip();
        } catch (NumberFormatException e) {
            return "'" + typed.strip() + "' is not a number";
        }
    }

    /** Why a unit is refused, or null when it is carbon per area. */
    public static String unitProblem(String unit) {
        try {
            Unit u = Unit.parse(unit == null ? "" : unit);
            return u.dimension().equals(CarbonDensities.DENSITY) ? null
                    : "a carbon density is carbon per area (e.g. t C / hm2), but '" + unit + "' is " + u.dimension();
        } catch (UnitException e) {
            return e.getMessage();
        }
    }

    /** The errors of the study's densities ({@link DensityChecks}), each naming the row (1-based), class and column; empty when none. */
    public static List<String> problems(Study study) {
        return DensityChecks.errors(study);
    }

    /**
     * The study's densities as a table for {@link StockAccounting}; row numbers are the rows of the study's table.
     *
     * @throws IOException when a row breaks a rule ({@link #problems}), naming every such row
     */
    public static CarbonDensities of(Study study) throws IOException {
        List<String> problems = problems(study);
        if (!problems.isEmpty()) {
            throw new IOException(String.join("; ", problems));
        }
        Map<String, CarbonDensities.ClassDensities> byClass = new LinkedHashMap<>();
        int row = 0;
        for (CarbonDensity d : study.getCarbonDensities()) {
            row++;
            Unit unit = Unit.parse(d.getUnit());
            Map<CarbonPool, Quantity> pools = new EnumMap<>(CarbonPool.class);
            for (CarbonPool p : CarbonPool.values()) {
                Double v = get(d, p);
                if (v != null) {
                    pools.put(p, new Quantity(v, unit));
                }
            }
            String source = d.getOrigin() == null || d.getOrigin().isBlank() ? d.getSource() : d.getSource() + "; imported from " + d.getOrigin();
            byClass.put(d.getLandClass(), new CarbonDensities.ClassDensities(d.getLandClass(), pools, source, row));
        }
        return new CarbonDensities(TABLE, byClass);
    }

    /** What a densities file's class name means in the study: a class id, name or alias, or an area series' class. */
    public static Function<String, Optional<String>> classResolver(Study study) {
        return name -> LandClassAliases.resolve(name, study).or(() -> study.getSeries().stream().map(s -> s.getId())
                .filter(id -> id != null && id.equals("area." + name.strip())).findFirst().map(id -> id.substring("area.".length())));
    }

    /** The classes a densities file may name, for its error messages. */
    public static String knownClasses(Study study) {
        List<String> ids = classIds(study);
        return ids.isEmpty() ? "the study has no land classes" : String.join(", ", ids);
    }

    /** The study's class ids: its land-class system's, then those of area series the system does not have. */
    static List<String> classIds(Study study) {
        List<String> ids = new ArrayList<>();
        if (study.getLandClassSystem() != null) {
            study.getLandClassSystem().getClasses().forEach(c -> ids.add(c.getId()));
        }
        study.getSeries().stream().map(s -> s.getId()).filter(id -> id != null && id.startsWith("area."))
                .map(id -> id.substring("area.".length())).filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    /** Reads a densities CSV file (size limit and encoding as every CSV reader: {@link TextFiles}); see {@link #read}. */
    public static List<CarbonDensity> readFile(Study study, java.nio.file.Path file) throws IOException {
        String name = file.getFileName().toString();
        TextFiles.Decoded d = TextFiles.read(file);
        if (!d.ok()) {
            throw new IOException(name + ": " + d.error());
        }
        return read(study, d.text(), name);
    }

    /**
     * Reads a densities CSV (the layout of {@link CarbonDensities#parse}) into rows for the study, all or none: the
     * first problem is thrown naming the file, row and column, and the study is not touched here.
     */
    public static List<CarbonDensity> read(Study study, String text, String file) throws IOException {
        CarbonDensities parsed = CarbonDensities.parse(text, file, classResolver(study), knownClasses(study));
        List<CarbonDensity> rows = new ArrayList<>();
        for (CarbonDensities.ClassDensities c : parsed.byClass().values()) {
            if (c.pools().isEmpty()) {
                throw new IOException(file + ", row " + c.row() + ": no pool density is given for " + c.landClass() + " (above, below, soil or dead)");
            }
            CarbonDensity d = LandCarbonFactory.eINSTANCE.createCarbonDensity();
            d.setLandClass(c.landClass());
            Unit unit = null;
            for (Map.Entry<CarbonPool, Quantity> e : c.pools().entrySet()) {
                unit = e.getValue().unit();
                set(d, e.getKey(), e.getValue().value());
            }
            if (unit != null) {
                d.setUnit(unit.symbol());
            }
            d.setSource(c.source());
            d.setOrigin(file + " row " + c.row());
            rows.add(d);
        }
        return rows;
    }
}
