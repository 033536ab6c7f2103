package org.landcarbon.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Study;

/** A column of the figures a publication reported for one account component, year by year. */
final class ReportedColumn implements GridColumn {

    private final Study study;
    private final String component;
    private final String header;

    ReportedColumn(Study study, String component, String header) {
        this.study = study;
        this.component = component;
        this.header = header;
    }

    String component() {
        return component;
    }

    private ReportedValue find(int year) {
        for (ReportedValue r : study.getReportedValues()) {
            if (r.getYear() == year && component.equals(r.getComponent())) {
                return r;
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
        for (ReportedValue r : study.getReportedValues()) {
            if (component.equals(r.getComponent()) && r.getUnit() != null) {
                return r.getUnit();
            }
        }
        return "10^4 t C";
    }

    @Override
    public Cell cell(int year) {
        ReportedValue r = find(year);
        return r == null ? Cell.EMPTY : new Cell(r.getValue(), ProvenanceKind.REPORTED, r.getSource());
    }

    @Override
    public String refuse(double value) {
        return null; // a net emission may be negative, and what a paper printed is kept as printed
    }

    @Override
    public Command set(EditingDomain domain, int year, Double value) {
        Cell now = cell(year);
        if (value == null ? now.value() == null : value.equals(now.value())) {
            return null;
        }
        return new StudyChange(study, NLS.bind(Messages.editCell, header, year), () -> apply(year, value));
    }

    @Override
    public void apply(int year, Double value) {
        ReportedValue r = find(year);
        if (value == null) {
            if (r != null) {
                study.getReportedValues().remove(r);
            }
            return;
        }
        if (r == null) {
            String unit = unit();
            String source = null;
            for (ReportedValue other : study.getReportedValues()) {
                if (component.equals(other.getComponent()) || source == null) {
                    source = other.getSource();
                }
            }
            r = LandCarbonFactory.eINSTANCE.createReportedValue();
            r.setYear(year);
            r.setComponent(component);
            r.setUnit(unit);
            r.setSource(source);
            study.getReportedValues().add(r);
        }
        r.setValue(value);
    }
}
