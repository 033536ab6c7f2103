package org.landcarbon.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;

/**
 * A column showing one series by id, from the series of the study or of one of its subregions (the holder); a
 * value typed into a series the holder does not have yet creates it there with the column's kind, subject and unit.
 */
final class SeriesColumn implements GridColumn {

    private final Study study;
    private final java.util.List<Series> holder;
    private final String seriesId;
    private final SeriesKind kind;
    private final String subject;
    private final String defaultUnit;
    private final String header;

    SeriesColumn(Study study, java.util.List<Series> holder, String seriesId, SeriesKind kind, String subject, String defaultUnit,
            String header) {
        this.study = study;
        this.holder = holder;
        this.seriesId = seriesId;
        this.kind = kind;
        this.subject = subject;
        this.defaultUnit = defaultUnit;
        this.header = header;
    }

    String seriesId() {
        return seriesId;
    }

    Series series() {
        for (Series s : holder) {
            if (seriesId.equals(s.getId())) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public String unit() {
        Series s = series();
        return s != null && s.getUnit() != null ? s.getUnit() : defaultUnit;
    }

    @Override
    public Cell cell(int year) {
        Series s = series();
        YearValue v = s == null ? null : find(s, year);
        return v == null ? Cell.EMPTY : new Cell(v.getValue(), v.getProvenance(), v.getProvenanceDetail());
    }

    private static YearValue find(Series s, int year) {
        for (YearValue v : s.getValues()) {
            if (v.getYear() == year) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String refuse(double value) {
        // Amounts of land, inputs, energy, yields and people are never negative; GDP and "other" series may be.
        boolean mayBeNegative = kind == SeriesKind.GDP || kind == SeriesKind.OTHER;
        return value < 0 && !mayBeNegative ? NLS.bind(Messages.negativeRefused, header) : null;
    }

    @Override
    public Command set(EditingDomain domain, int year, Double value) {
        Cell now = cell(year);
        if (value == null ? now.value() == null
                : value.equals(now.value()) && now.provenance() == ProvenanceKind.ENTERED) {
            return null;
        }
        return new StudyChange(study, NLS.bind(Messages.editCell, header, year), () -> apply(year, value));
    }

    /** Sets or clears one value: the plain model change that a command records. */
    @Override
    public void apply(int year, Double value) {
        Series s = series();
        YearValue v = s == null ? null : find(s, year);
        if (value == null) {
            if (v != null) {
                s.getValues().remove(v);
            }
            return;
        }
        if (s == null) {
            s = LandCarbonFactory.eINSTANCE.createSeries();
            s.setId(seriesId);
            s.setKind(kind);
            s.setSubject(subject);
            s.setUnit(defaultUnit);
            holder.add(s);
        }
        if (v == null) {
            v = LandCarbonFactory.eINSTANCE.createYearValue();
            v.setYear(year);
            int at = 0;
            while (at < s.getValues().size() && s.getValues().get(at).getYear() < year) {
                at++;
            }
            s.getValues().add(at, v);
        }
        v.setValue(value);
        v.setProvenance(ProvenanceKind.ENTERED);
        v.setProvenanceDetail(null);
    }
}
