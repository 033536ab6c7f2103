package org.landcarbon.model.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;

/** Read and write helpers over a {@link Study}, so callers do not walk the EMF lists by hand. */
public final class Studies {

    private Studies() {
    }

    /** The series with this id, if the study has one. */
    public static Optional<Series> series(Study study, String id) {
        return study.getSeries().stream().filter(s -> id.equals(s.getId())).findFirst();
    }

    /** The series with this id, created empty (with the conventional kind and subject) if absent. */
    public static Series ensureSeries(Study study, String id, String unit) {
        return series(study, id).orElseGet(() -> {
            Series s = LandCarbonFactory.eINSTANCE.createSeries();
            s.setId(id);
            s.setKind(StudyConventions.kindOf(id));
            s.setSubject(StudyConventions.subjectOf(id));
            s.setUnit(unit);
            study.getSeries().add(s);
            return s;
        });
    }

    /** The series' unit; throws {@link org.landcarbon.model.units.UnitException} naming the series if bad. */
    public static Unit unit(Series series) {
        try {
            return Unit.parse(series.getUnit());
        } catch (org.landcarbon.model.units.UnitException e) {
            throw new org.landcarbon.model.units.UnitException("series " + series.getId() + ": " + e.getMessage());
        }
    }

    /** The entry for a year (the first one if the year is, wrongly, there twice). */
    public static Optional<YearValue> yearValue(Series series, int year) {
        return series.getValues().stream().filter(v -> v.getYear() == year).findFirst();
    }

    /** The value of a series in a year, in the series' unit. */
    public static Optional<Quantity> value(Series series, int year) {
        return yearValue(series, year).map(v -> new Quantity(v.getValue(), unit(series)));
    }

    /** The value of the study's series {@code seriesId} in a year. */
    public static Optional<Quantity> value(Study study, String seriesId, int year) {
        return series(study, seriesId).flatMap(s -> value(s, year));
    }

    /** Sets (or replaces) a year's value with its provenance. */
    public static YearValue setValue(Series series, int year, double value, ProvenanceKind provenance, String detail) {
        YearValue v = yearValue(series, year).orElseGet(() -> {
            YearValue created = LandCarbonFactory.eINSTANCE.createYearValue();
            created.setYear(year);
            insertSorted(series, created);
            return created;
        });
        v.setValue(value);
        v.setProvenance(provenance);
        v.setProvenanceDetail(detail);
        return v;
    }

    private static void insertSorted(Series series, YearValue v) {
        List<YearValue> values = series.getValues();
        int i = 0;
        while (i < values.size() && values.get(i).getYear() < v.getYear()) {
            i++;
        }
        values.add(i, v);
    }

    /** The study's years, start to end inclusive (empty when either is unset). */
    public static List<Integer> studyYears(Study study) {
        List<Integer> years = new ArrayList<>();
        if (study.getStartYear() != 0 && study.getEndYear() != 0) {
            for (int y = study.getStartYear(); y <= study.getEndYear(); y++) {
                years.add(y);
            }
        }
        return years;
    }

    /** The years that have a value, sorted. */
    public static SortedSet<Integer> years(Series series) {
        SortedSet<Integer> years = new TreeSet<>();
        series.getValues().forEach(v -> years.add(v.getYear()));
        return years;
    }

    /** The study years for which the series has no value. */
    public static List<Integer> missingYears(Study study, Series series) {
        SortedSet<Integer> present = years(series);
        return studyYears(study).stream().filter(y -> !present.contains(y)).toList();
    }

    /** Series of one kind, in study order. */
    public static List<Series> seriesOfKind(Study study, SeriesKind kind) {
        return study.getSeries().stream().filter(s -> s.getKind() == kind).toList();
    }

    /** The land class with this id in the study's class system. */
    public static Optional<LandClass> landClass(Study study, String id) {
        if (study.getLandClassSystem() == null) {
            return Optional.empty();
        }
        return study.getLandClassSystem().getClasses().stream().filter(c -> id.equals(c.getId())).findFirst();
    }

    /** The coefficient set the study uses ({@code coefficientSetId}) among its own sets. */
    public static Optional<CoefficientSet> coefficientSet(Study study) {
        String id = study.getCoefficientSetId();
        return study.getCoefficientSets().stream().filter(s -> s.getId().equals(id)).findFirst();
    }

    /** The coefficient in force: the study's override if it has one, else the entry of its set. */
    public static Optional<Coefficient> coefficient(Study study, String key) {
        Optional<Coefficient> override = study.getCoefficientOverrides().stream().filter(c -> key.equals(c.getKey())).findFirst();
        if (override.isPresent()) {
            return override;
        }
        return coefficientSet(study).flatMap(set -> set.getEntries().stream().filter(c -> key.equals(c.getKey())).findFirst());
    }

    /** A coefficient as a quantity in its unit. */
    public static Quantity quantity(Coefficient c) {
        return new Quantity(c.getValue(), Unit.parse(c.getUnit()));
    }

    /** A reported figure of a year and component (ids in docs/study-conventions.md). */
    public static Optional<ReportedValue> reported(Study study, int year, String component) {
        return study.getReportedValues().stream().filter(r -> r.getYear() == year && component.equals(r.getComponent())).findFirst();
    }

    /** The years the study has reported values for, sorted. */
    public static SortedSet<Integer> reportedYears(Study study) {
        SortedSet<Integer> years = new TreeSet<>();
        study.getReportedValues().forEach(r -> years.add(r.getYear()));
        return years;
    }

    /** Compact text for a set of years: "2005-2009, 2011, 2014-2018". */
    public static String formatYears(Collection<Integer> years) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(years));
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(sorted.get(i));
            if (j > i) {
                sb.append('-').append(sorted.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }
}
