package org.landcarbon.examples.extending;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.Study;
import org.landcarbon.model.validation.StudyCheck;
import org.landcarbon.model.validation.StudyChecks;
import org.osgi.service.component.annotations.Component;

// docs/extending.md, "A study check": ExtendingExamplesTest keeps the guide and this file equal.
@Component(service = StudyCheck.class)
public final class AuthorNamed implements StudyCheck {
    @Override
    public void check(Study study, DiagnosticChain diagnostics) {
        if (study.getNotes() == null || !study.getNotes().contains("Author:")) {
            diagnostics.add(StudyChecks.finding("org.yourinst.checks", Diagnostic.WARNING, 1,
                    "Study '" + study.getName() + "': the notes name no author", study, LandCarbonPackage.eINSTANCE.getStudy_Notes()));
        }
    }
}
