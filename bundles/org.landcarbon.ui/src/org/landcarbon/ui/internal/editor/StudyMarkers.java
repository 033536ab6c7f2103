package org.landcarbon.ui.internal.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.landcarbon.model.CarbonDensity;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.validation.StudyValidator;

/**
 * The study validator's diagnostics as problem markers on the study file, each remembering the page,
 * year and column it is about so that opening it shows the offending cell.
 */
final class StudyMarkers {

    static final String TYPE = "org.landcarbon.ui.studyProblem";
    static final String PAGE = "page";
    static final String YEAR = "year";
    static final String COLUMN = "column";

    private StudyMarkers() {
    }

    /** Replaces the file's study markers by the current diagnostics; returns how many there are. */
    static int update(IFile file, Study study) throws CoreException {
        StudyValidator.register();
        Diagnostic result = Diagnostician.INSTANCE.validate(study);
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        int n = 0;
        for (Diagnostic d : result.getChildren()) {
            if (d.getSeverity() == Diagnostic.OK) {
                continue;
            }
            IMarker m = file.createMarker(TYPE);
            m.setAttribute(IMarker.MESSAGE, d.getMessage());
            m.setAttribute(IMarker.SEVERITY, d.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR
                    : d.getSeverity() >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
            locate(m, d.getData());
            n++;
        }
        return n;
    }

    private static void locate(IMarker m, List<?> data) throws CoreException {
        EObject target = data.stream().filter(EObject.class::isInstance).map(EObject.class::cast).findFirst().orElse(null);
        String page = StudyEditor.PAGE_OVERVIEW;
        String location = "";
        if (target instanceof YearValue v && v.eContainer() instanceof Series s) {
            page = s.getKind() == SeriesKind.LAND_AREA ? StudyEditor.PAGE_AREAS : StudyEditor.PAGE_ACTIVITY;
            m.setAttribute(YEAR, v.getYear());
            m.setAttribute(COLUMN, s.getId());
            location = s.getId() + ", " + v.getYear();
        } else if (target instanceof Series s) {
            page = s.getKind() == SeriesKind.LAND_AREA ? StudyEditor.PAGE_AREAS : StudyEditor.PAGE_ACTIVITY;
            m.setAttribute(COLUMN, s.getId());
            location = s.getId();
        } else if (target instanceof ReportedValue r) {
            page = StudyEditor.PAGE_REPORTED;
            m.setAttribute(YEAR, r.getYear());
            m.setAttribute(COLUMN, r.getComponent());
            location = r.getComponent() + ", " + r.getYear();
        } else if (target instanceof Coefficient c) {
            page = StudyEditor.PAGE_COEFFICIENTS;
            location = c.getKey();
        } else if (target instanceof CarbonDensity c) {
            // a contributed check (the accounting's density rules) names the row and, as data[1], the pool
            page = StudyEditor.PAGE_STOCKS;
            m.setAttribute(COLUMN, c.getLandClass());
            String pool = data.stream().filter(EStructuralFeature.class::isInstance).map(f -> ((EStructuralFeature) f).getName())
                    .findFirst().orElse(null);
            location = c.getLandClass() + (pool == null ? "" : ", " + pool);
        }
        m.setAttribute(PAGE, page);
        m.setAttribute(IMarker.LOCATION, location);
    }
}
