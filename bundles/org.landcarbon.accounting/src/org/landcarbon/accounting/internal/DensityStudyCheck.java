package org.landcarbon.accounting.internal;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.landcarbon.accounting.stock.DensityChecks;
import org.landcarbon.model.Study;
import org.landcarbon.model.validation.StudyCheck;
import org.osgi.service.component.annotations.Component;

/** The density rules as a study check, so that {@code validate} and the workbench's markers report what {@code stock} refuses. */
@Component(service = StudyCheck.class)
public final class DensityStudyCheck implements StudyCheck {

    @Override
    public void check(Study study, DiagnosticChain diagnostics) {
        DensityChecks.check(study, diagnostics);
    }
}
