package org.landcarbon.model.validation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.landcarbon.model.Study;

/**
 * The registered {@link StudyCheck}s. Under OSGi every {@code StudyCheck} service is added and removed here as its
 * bundle comes and goes (a whiteboard like EMF's validator registry, which this extends); without OSGi, code adds
 * its checks itself.
 *
 * @since 0.2
 */
public final class StudyChecks {

    /** The code of the warning that a check threw instead of reporting (its rules were not applied). */
    public static final int CHECK_FAILED = 41;

    private static final List<StudyCheck> CHECKS = new CopyOnWriteArrayList<>();

    private StudyChecks() {
    }

    /** Registers a check; closing the result removes it again (for code outside OSGi and tests). */
    public static AutoCloseable add(StudyCheck check) {
        CHECKS.add(check);
        return () -> remove(check);
    }

    public static void remove(StudyCheck check) {
        CHECKS.remove(check);
    }

    /** The checks registered now, in registration order. */
    public static List<StudyCheck> all() {
        return List.copyOf(CHECKS);
    }

    /** A finding about {@code object} (and its {@code feature}, may be null), data in the order editors expect. */
    public static Diagnostic finding(String source, int severity, int code, String message, EObject object, EStructuralFeature feature) {
        Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
        return new BasicDiagnostic(severity, source, code, message, data);
    }

    /** Runs every check; one that throws is reported as a warning naming it, and the others still run. */
    static boolean run(Study study, DiagnosticChain diagnostics) {
        boolean ok = true;
        for (StudyCheck check : CHECKS) {
            BasicDiagnostic found = new BasicDiagnostic();
            try {
                check.check(study, found);
            } catch (RuntimeException e) {
                found.add(finding(StudyValidator.DIAGNOSTIC_SOURCE, Diagnostic.WARNING, CHECK_FAILED, StudyValidator.studyName(study)
                        + ": the check " + check.getClass().getName() + " failed (" + e + "); its rules were not applied", study, null));
            }
            for (Diagnostic d : found.getChildren()) {
                if (diagnostics != null) {
                    diagnostics.add(d);
                }
                ok &= d.getSeverity() < Diagnostic.ERROR;
            }
        }
        return ok;
    }
}
