package org.landcarbon.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.YearValue;

/** A study's series as rows and columns for the exporters: the years and each series' header and values. */
public final class ExportTable {

    /** A series' column; {@code range} is its relative uncertainty, null when none. */
    public record Column(String id, String unit, Double[] values, Uncertainty range) {

        /** {@code area.forest [10^4 hm2]}, or the bare id when the series has no unit. */
        public String header() {
            return unit == null || unit.isBlank() ? id : id + " [" + unit + "]";
        }
    }

    /** Writes a file's content; the target is replaced only when it succeeded. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private final List<Integer> years;
    private final List<Column> columns;

    private ExportTable(List<Integer> years, List<Column> columns) {
        this.years = years;
        this.columns = columns;
    }

    /** Every study year from start to end, plus any other year a series has a value for. */
    public static ExportTable of(Study study) {
        TreeSet<Integer> years = new TreeSet<>();
        if (study.getStartYear() > 0 && study.getEndYear() >= study.getStartYear()) {
            for (int y = study.getStartYear(); y <= study.getEndYear(); y++) {
                years.add(y);
            }
        }
        for (Series s : study.getSeries()) {
            s.getValues().forEach(v -> years.add(v.getYear()));
        }
        List<Integer> yearList = List.copyOf(years);
        List<Column> columns = new ArrayList<>();
        for (Series s : study.getSeries()) {
            if (s.getId() == null || s.getId().isBlank()) {
                continue;
            }
            Double[] values = new Double[yearList.size()];
            for (YearValue v : s.getValues()) {
                values[yearList.indexOf(v.getYear())] = v.getValue();
            }
            columns.add(new Column(s.getId(), s.getUnit(), values, s.getUncertainty()));
        }
        return new ExportTable(yearList, columns);
    }

    public List<Integer> years() {
        return years;
    }

    public List<Column> columns() {
        return columns;
    }

    /** True when a series has a range: then the long layout gets the range columns (a study without keeps four). */
    public boolean hasRanges() {
        return columns.stream().anyMatch(c -> c.range() != null);
    }

    /** Writes to a temporary file beside the target and moves it over the target when complete. */
    public static void writeAtomically(Path file, Writer writer) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        // createFile, not createTempFile: the result gets the usual permissions (umask), not 0600.
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        Files.createFile(tmp);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
