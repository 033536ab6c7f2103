package org.landcarbon.analysis.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.DataTable.IndexKind;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;

/**
 * Adapts series of a study to an analysis input, for every front end (the command line's
 * {@code --input STUDY --series}, the workbench's Analyses view). A name is a series id
 * ({@code area.forest}, {@code gdp.secondary}, ...) or, when no series has it, a component of the
 * study's reported values ({@code net}, {@code sinks_total}, ... as published). Every named series must
 * cover the same years.
 */
public final class StudyTables {

    /** What can be named: a series or a reported component, its unit and the years it covers. */
    public record Available(String name, String unit, int firstYear, int lastYear, int points, boolean reported) {
    }

    private StudyTables() {
    }

    public static DataTable read(Path file, List<String> names) throws IOException, AnalysisException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        return of(StudyFiles.load(file), file.getFileName().toString(), names);
    }

    /** The table of the named series of a loaded study; {@code source} names the study in messages. */
    public static DataTable of(Study study, String source, List<String> names) throws AnalysisException {
        if (names.isEmpty()) {
            throw new AnalysisException(source + ": no series chosen; the series are: " + known(study));
        }
        List<SortedMap<Integer, Double>> values = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (String name : names) {
            SortedMap<Integer, Double> byYear = new TreeMap<>();
            Series series = series(study, name);
            if (series != null) {
                for (YearValue v : series.getValues()) {
                    byYear.put(v.getYear(), v.getValue());
                }
                units.add(series.getUnit());
                origins.add(source + " series " + name);
            } else {
                String unit = null;
                for (ReportedValue r : study.getReportedValues()) {
                    if (name.equals(r.getComponent())) {
                        byYear.put(r.getYear(), r.getValue());
                        unit = unit == null ? r.getUnit() : unit;
                    }
                }
                if (byYear.isEmpty()) {
                    throw new AnalysisException(source + ": no series or reported component '" + name + "'; the series are: "
                            + known(study));
                }
                units.add(unit);
                origins.add(source + " reported values of " + name);
            }
            values.add(byYear);
        }
        TreeSet<Integer> years = new TreeSet<>();
        values.forEach(v -> years.addAll(v.keySet()));
        int[] index = years.stream().mapToInt(Integer::intValue).toArray();
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            double[] v = new double[index.length];
            for (int i = 0; i < index.length; i++) {
                Double d = values.get(c).get(index[i]);
                if (d == null) {
                    throw new AnalysisException(source + ", series " + names.get(c) + ": no value for " + index[i]
                            + " (the other series have it); the series covers " + values.get(c).firstKey() + ".."
                            + values.get(c).lastKey());
                }
                v[i] = d;
            }
            columns.add(new Column(names.get(c), units.get(c), v, origins.get(c)));
        }
        return DataTable.ofNumericIndex(source, "year", IndexKind.YEAR, index, null, columns);
    }

    /** Every series with values, then every reported component, in the study's order. */
    public static List<Available> available(Study study) {
        List<Available> out = new ArrayList<>();
        for (Series s : study.getSeries()) {
            if (s.getId() == null || s.getValues().isEmpty()) {
                continue;
            }
            TreeSet<Integer> years = new TreeSet<>();
            s.getValues().forEach(v -> years.add(v.getYear()));
            out.add(new Available(s.getId(), s.getUnit(), years.first(), years.last(), years.size(), false));
        }
        List<String> components = study.getReportedValues().stream().map(ReportedValue::getComponent).distinct().toList();
        for (String c : components) {
            if (series(study, c) != null) {
                continue; // a series of that id wins, as in of(...)
            }
            TreeSet<Integer> years = new TreeSet<>();
            String unit = null;
            for (ReportedValue r : study.getReportedValues()) {
                if (c.equals(r.getComponent())) {
                    years.add(r.getYear());
                    unit = unit == null ? r.getUnit() : unit;
                }
            }
            out.add(new Available(c, unit, years.first(), years.last(), years.size(), true));
        }
        return out;
    }

    private static Series series(Study study, String name) {
        return study.getSeries().stream().filter(s -> name.equals(s.getId())).findFirst().orElse(null);
    }

    private static String known(Study study) {
        List<String> ids = new ArrayList<>(study.getSeries().stream().map(Series::getId).toList());
        study.getReportedValues().stream().map(ReportedValue::getComponent).distinct().forEach(c -> ids.add(c + " (reported)"));
        return ids.isEmpty() ? "(none)" : String.join(", ", ids);
    }
}
