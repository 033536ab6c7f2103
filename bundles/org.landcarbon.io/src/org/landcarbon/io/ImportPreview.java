package org.landcarbon.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.YearValue;

/**
 * What an import would do to a study, computed without touching it: every value it would write and
 * every problem found in the file. {@link #applyTo(Study)} writes all values or none.
 */
public final class ImportPreview {

    private final Path file;
    private final String importerId;
    private final List<ValueChange> changes;
    private final List<ReportedChange> reported;
    private final List<RangeChange> ranges;
    private final List<ImportProblem> problems;

    public ImportPreview(Path file, String importerId, List<ValueChange> changes, List<ImportProblem> problems) {
        this(file, importerId, changes, List.of(), problems);
    }

    public ImportPreview(Path file, String importerId, List<ValueChange> changes, List<ReportedChange> reported,
            List<ImportProblem> problems) {
        this(file, importerId, changes, reported, List.of(), problems);
    }

    /** @since 0.1.1 */
    public ImportPreview(Path file, String importerId, List<ValueChange> changes, List<ReportedChange> reported,
            List<RangeChange> ranges, List<ImportProblem> problems) {
        this.file = file;
        this.importerId = importerId;
        this.changes = List.copyOf(changes);
        this.reported = List.copyOf(reported);
        this.ranges = List.copyOf(ranges);
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public String importerId() {
        return importerId;
    }

    /** The values the import would write, in file order. Empty when there are errors. */
    public List<ValueChange> changes() {
        return changes;
    }

    /** The reported values the import would write (see {@link ReportedImports}), in file order. */
    public List<ReportedChange> reported() {
        return reported;
    }

    /**
     * The series ranges the import would set, in file order (one per series).
     *
     * @since 0.1.1
     */
    public List<RangeChange> ranges() {
        return ranges;
    }

    /** Every problem found, errors and warnings, in file order. */
    public List<ImportProblem> problems() {
        return problems;
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    /** The series the import touches, each with the number of values it writes, in file order. */
    public Map<String, Integer> valuesPerSeries() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ValueChange c : changes) {
            counts.merge(c.seriesId(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Writes every value of this preview into the study, marked IMPORTED with its {@code FILE:ROW};
     * a reported value replaces the one of the same year, component and source, and a range replaces the
     * series' range (a series the file gives no range for keeps its own). Nothing is written
     * when the preview has errors or the study changed since the preview was made.
     *
     * @throws ImportException when nothing was written, with the reasons
     */
    public void applyTo(Study study) throws ImportException {
        if (hasErrors()) {
            throw new ImportException(fileName() + ": not imported, " + errors().size() + " error(s)", errors());
        }
        List<ImportProblem> stale = new ArrayList<>();
        for (ValueChange c : changes) {
            Series series = find(study, c.seriesId());
            YearValue current = series == null ? null : find(series, c.year());
            Double now = current == null ? null : Double.valueOf(current.getValue());
            String unitNow = series == null ? null : series.getUnit();
            boolean seriesAsExpected = c.newSeries() ? series == null || Objects.equals(unitNow, c.unit())
                    : series != null && Objects.equals(unitNow, c.unit());
            if (!seriesAsExpected || !Objects.equals(now, c.previous())) {
                stale.add(new ImportProblem(ImportProblem.Severity.ERROR, fileName(), 0, 0, null,
                        "the study changed since the preview (" + c.seriesId() + " " + c.year()
                                + "); preview the import again"));
            }
        }
        for (ReportedChange r : reported) {
            ReportedValue current = find(study, r);
            Double now = current == null ? null : Double.valueOf(current.getValue());
            if (!Objects.equals(now, r.previous())) {
                stale.add(new ImportProblem(ImportProblem.Severity.ERROR, fileName(), 0, 0, null,
                        "the study changed since the preview (reported " + r.component() + " " + r.year()
                                + "); preview the import again"));
            }
        }
        for (RangeChange r : ranges) {
            Series series = find(study, r.seriesId());
            Uncertainty now = series == null ? null : series.getUncertainty();
            if (!(now == null ? r.previous() == null : EcoreUtil.equals(now, r.previous()))) {
                stale.add(new ImportProblem(ImportProblem.Severity.ERROR, fileName(), 0, 0, null,
                        "the study changed since the preview (range of " + r.seriesId() + "); preview the import again"));
            }
        }
        if (!stale.isEmpty()) {
            throw new ImportException(fileName() + ": not imported, the study changed since the preview", stale);
        }
        for (ValueChange c : changes) {
            Series series = find(study, c.seriesId());
            if (series == null) {
                series = LandCarbonFactory.eINSTANCE.createSeries();
                series.setId(c.seriesId());
                series.setKind(c.kind());
                series.setSubject(c.subject());
                series.setUnit(c.unit());
                study.getSeries().add(series);
            }
            YearValue v = find(series, c.year());
            if (v == null) {
                v = LandCarbonFactory.eINSTANCE.createYearValue();
                v.setYear(c.year());
                series.getValues().add(insertionIndex(series, c.year()), v);
            }
            v.setValue(c.value());
            v.setProvenance(ProvenanceKind.IMPORTED);
            v.setProvenanceDetail(c.provenance());
        }
        for (RangeChange r : ranges) {
            // a range without values in the file names a series the study has (LongLayout checks that)
            Series series = find(study, r.seriesId());
            if (series != null) {
                series.setUncertainty(EcoreUtil.copy(r.range()));
            }
        }
        for (ReportedChange r : reported) {
            ReportedValue v = find(study, r);
            if (v == null) {
                v = LandCarbonFactory.eINSTANCE.createReportedValue();
                v.setYear(r.year());
                v.setComponent(r.component());
                v.setSource(r.source());
                study.getReportedValues().add(v);
            }
            v.setValue(r.value());
            v.setUnit(r.unit());
        }
    }

    /** The study's reported value of the change's year, component and source, or {@code null}. */
    private static ReportedValue find(Study study, ReportedChange r) {
        for (ReportedValue v : study.getReportedValues()) {
            if (v.getYear() == r.year() && r.component().equals(v.getComponent()) && r.source().equals(v.getSource())) {
                return v;
            }
        }
        return null;
    }

    private String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    static Series find(Study study, String id) {
        for (Series s : study.getSeries()) {
            if (id.equals(s.getId())) {
                return s;
            }
        }
        return null;
    }

    private static YearValue find(Series series, int year) {
        for (YearValue v : series.getValues()) {
            if (v.getYear() == year) {
                return v;
            }
        }
        return null;
    }

    /** Keeps a series' values in year order when they were in order before. */
    private static int insertionIndex(Series series, int year) {
        List<YearValue> values = series.getValues();
        int i = values.size();
        while (i > 0 && values.get(i - 1).getYear() > year) {
            i--;
        }
        return i;
    }
}
