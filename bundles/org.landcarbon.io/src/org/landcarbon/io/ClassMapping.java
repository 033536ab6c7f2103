package org.landcarbon.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.landcarbon.io.internal.CellTable;
import org.landcarbon.io.internal.ColumnNames;
import org.landcarbon.io.internal.CsvTables;
import org.landcarbon.io.internal.Problems;
import org.landcarbon.io.internal.SeriesCatalog;
import org.landcarbon.model.Study;

/**
 * Which land class of the study each land-cover code counts toward. The built-in {@code clcd} and {@code seed}
 * mappings read CLCD codes (Yang and Huang 2021, 1 cropland ... 9 wetland); a CSV file gives any other. See
 * docs/regions.md for the choices (shrub counts as forest; snow/ice and wetland as water; barren as unused).
 *
 * @param name    {@code clcd}, {@code seed} or the mapping file's name, for messages and provenance
 * @param classes land-cover code -> land-class id of the study
 */
public record ClassMapping(String name, Map<Integer, String> classes) {

    public ClassMapping {
        classes = Collections.unmodifiableMap(new TreeMap<>(classes));
    }

    /** CLCD codes 1-9 as the classes of the workbench's clcd and seed systems (the seed's garden gets none). */
    public static final Map<Integer, String> CLCD_CODES = Map.of(1, "cropland", 2, "forest", 3, "forest", 4, "grassland",
            5, "water", 6, "water", 7, "unused", 8, "construction", 9, "water");

    /** The land-class ids this mapping writes, in code order, each once. */
    public List<String> targetClasses() {
        return new ArrayList<>(new java.util.LinkedHashSet<>(classes.values()));
    }

    /**
     * The built-in mapping {@code clcd} or {@code seed}, or one read from a CSV file with the columns {@code code}
     * and {@code class} (a class id or name of the study). Problems go to {@code problems}.
     */
    public static Optional<ClassMapping> of(String spec, Study study, List<ImportProblem> problems) {
        if (spec.equals("clcd") || spec.equals("seed")) {
            List<String> missing = CLCD_CODES.values().stream().distinct()
                    .filter(c -> SeriesCatalog.findClass(study, c).isEmpty()).sorted().toList();
            if (!missing.isEmpty()) {
                problems.add(new ImportProblem(ImportProblem.Severity.ERROR, spec, 0, 0, null, "the " + spec + " mapping writes the classes "
                        + String.join(", ", missing) + ", which the study's land-class system does not have: "
                        + ColumnNames.classList(study) + "; give a MAPPING.csv (code,class)"));
                return Optional.empty();
            }
            return Optional.of(new ClassMapping(spec, CLCD_CODES));
        }
        return read(Path.of(spec), study, problems);
    }

    private static Optional<ClassMapping> read(Path file, Study study, List<ImportProblem> out) {
        Problems problems = new Problems();
        Map<Integer, String> classes = new LinkedHashMap<>();
        Optional<CellTable> table = CsvTables.read(file, problems, true);
        if (table.isPresent() && !table.get().rows().isEmpty()) {
            CellTable t = table.get();
            CellTable.Row header = t.rows().get(0);
            if (!List.of("code", "代码", "编码").contains(header.cell(1).toLowerCase(java.util.Locale.ROOT))
                    || !List.of("class", "地类", "类别").contains(header.cell(2).toLowerCase(java.util.Locale.ROOT))) {
                problems.error(t.source(), header.number(), 0, null, "a class mapping has the header 'code,class'");
            } else {
                for (CellTable.Row row : t.rows().subList(1, t.rows().size())) {
                    String code = row.cell(1);
                    Integer c = null;
                    try {
                        c = Integer.valueOf(code);
                    } catch (NumberFormatException e) {
                        problems.error(t.source(), row.number(), 1, header.cell(1), "not a whole-number class code: '" + code + "'");
                    }
                    String id = ColumnNames.resolve(row.cell(2), study).filter(s -> s.id().startsWith("area."))
                            .map(s -> s.subject()).orElse(null);
                    if (id == null) {
                        problems.error(t.source(), row.number(), 2, header.cell(2), "not a land class of the study: '" + row.cell(2)
                                + "'; the classes are " + ColumnNames.classList(study));
                    }
                    if (c != null && id != null && classes.putIfAbsent(c, id) != null) {
                        problems.error(t.source(), row.number(), 1, header.cell(1), "code " + c + " is mapped twice");
                    }
                }
                if (classes.isEmpty() && !problems.hasErrors()) {
                    problems.error(t.source(), 0, 0, null, "the mapping has no rows");
                }
            }
        }
        out.addAll(problems.list());
        return problems.hasErrors() ? Optional.empty() : Optional.of(new ClassMapping(org.landcarbon.io.internal.ImportPlanner.fileName(file), classes));
    }
}
