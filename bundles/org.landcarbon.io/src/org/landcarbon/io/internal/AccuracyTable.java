package org.landcarbon.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.landcarbon.io.AreaAccuracy;
import org.landcarbon.model.Study;

/**
 * A land-cover product's accuracy per class, {@code class,user_accuracy_pct,source} (docs/import-export.md): each
 * class a land class of the study, once; each accuracy above 0 and below 100 with its source. Refusals name file,
 * row and column.
 */
public final class AccuracyTable {

    private static final List<Set<String>> HEADERS = List.of(Set.of("class", "land class", "land_class", "地类"),
            Set.of("user_accuracy_pct", "user_accuracy", "accuracy_pct", "用户精度"), Set.of("source", "来源"));
    private static final String[] NAMES = { "class", "user_accuracy_pct", "source" };

    private AccuracyTable() {
    }

    public static List<AreaAccuracy> read(Path file, Study study, Problems problems) {
        List<AreaAccuracy> out = new ArrayList<>();
        Optional<CellTable> read = CsvTables.read(file, problems, true);
        if (read.isEmpty()) {
            return out;
        }
        CellTable table = read.get();
        String src = table.source();
        List<CellTable.Row> rows = table.rows().stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            problems.fileError(src, "the file is empty");
            return out;
        }
        CellTable.Row header = rows.get(0);
        boolean ok = true;
        for (int i = 0; i < NAMES.length; i++) {
            if (!HEADERS.get(i).contains(header.cell(i + 1).toLowerCase(Locale.ROOT))) {
                problems.error(src, header.number(), i + 1, header.cell(i + 1), "expected the header '" + NAMES[i]
                        + "': an accuracy table's columns are class, user_accuracy_pct, source");
                ok = false;
            }
        }
        if (CellTable.width(header) > NAMES.length) {
            int c = NAMES.length + 1;
            problems.error(src, header.number(), c, header.cell(c), "unexpected column: an accuracy table's columns are class, "
                    + "user_accuracy_pct, source");
            ok = false;
        }
        if (!ok) {
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (CellTable.Row row : rows.subList(1, rows.size())) {
            String name = row.cell(1);
            String id = ColumnNames.resolve(name, study).map(SeriesCatalog.SeriesType::id).filter(s -> s.startsWith("area."))
                    .orElse(null);
            if (id == null) {
                problems.error(src, row.number(), 1, header.cell(1), (name.isEmpty() ? "no class" : "'" + name
                        + "' is not a land class of the study") + ": " + ColumnNames.classList(study));
            } else if (seen.putIfAbsent(id, row.number()) != null) {
                problems.error(src, row.number(), 1, header.cell(1), "a second accuracy for " + id + " (also row " + seen.get(id) + ")");
                id = null;
            }
            Cells.Parsed pct = Cells.number(row.cell(2));
            String source = row.cell(3);
            String reason = !pct.ok() ? pct.error() : AreaAccuracy.problem(pct.value(), "x");
            if (reason != null) {
                problems.error(src, row.number(), 2, header.cell(2), reason);
            }
            String noSource = AreaAccuracy.problem(50, source);
            if (noSource != null) {
                problems.error(src, row.number(), 3, header.cell(3), noSource);
            }
            if (id != null && reason == null && noSource == null) {
                out.add(new AreaAccuracy(name, pct.value(), source, table.origin() + ":" + row.number()));
            }
        }
        if (rows.size() == 1) {
            problems.fileError(src, "only a header, no accuracy rows below it");
        }
        return out;
    }
}
