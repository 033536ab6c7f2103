package org.landcarbon.model.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.Study;
import org.landcarbon.model.validation.StudyCheck;
import org.landcarbon.model.validation.StudyChecks;
import org.landcarbon.model.validation.StudyValidator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Contributed checks: a StudyCheck service of any bundle is run by the plain Diagnostician, and leaves with its service. */
class StudyChecksTest {

    private static final String SOURCE = "org.example.institution";

    /** An institution's rule: every study names its author (here: in its notes). */
    private static final StudyCheck NEEDS_AUTHOR = (study, d) -> {
        if (study.getNotes() == null || !study.getNotes().contains("Author:")) {
            d.add(StudyChecks.finding(SOURCE, Diagnostic.ERROR, 1, "Study '" + study.getName() + "': the notes name no author",
                    study, LandCarbonPackage.eINSTANCE.getStudy_Notes()));
        }
    };

    private static Study study() {
        Study s = LandCarbonFactory.eINSTANCE.createStudy();
        s.setName("Institute study");
        s.setStartYear(2005);
        s.setEndYear(2007);
        return s;
    }

    private static List<Diagnostic> from(Study s, String source) {
        return Diagnostician.INSTANCE.validate(s).getChildren().stream().filter(d -> source.equals(d.getSource())).toList();
    }

    @Test
    void aServiceOfAnyBundleIsRunUntilItGoesAway() {
        BundleContext context = FrameworkUtil.getBundle(StudyChecksTest.class).getBundleContext();
        Study s = study();
        assertEquals(List.of(), from(s, SOURCE));
        ServiceRegistration<StudyCheck> reg = context.registerService(StudyCheck.class, NEEDS_AUTHOR, null);
        try {
            List<Diagnostic> found = from(s, SOURCE);
            assertEquals(1, found.size(), found.toString());
            assertEquals("Study 'Institute study': the notes name no author", found.get(0).getMessage());
            assertEquals(List.of(s, LandCarbonPackage.eINSTANCE.getStudy_Notes()), found.get(0).getData());
            assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(s).getSeverity());
            s.setNotes("Author: R. Chen");
            assertEquals(List.of(), from(s, SOURCE));
        } finally {
            reg.unregister();
        }
        s.setNotes(null);
        assertEquals(List.of(), from(s, SOURCE));
    }

    @Test
    void aCheckThatThrowsIsAWarningAndTheOthersStillRun() throws Exception {
        StudyCheck broken = (study, d) -> {
            throw new IllegalStateException("no rules file");
        };
        try (AutoCloseable a = StudyChecks.add(broken); AutoCloseable b = StudyChecks.add(NEEDS_AUTHOR)) {
            Study s = study();
            List<Diagnostic> failed = from(s, StudyValidator.DIAGNOSTIC_SOURCE).stream().filter(d -> d.getCode() == StudyChecks.CHECK_FAILED).toList();
            assertEquals(1, failed.size(), failed.toString());
            assertEquals(Diagnostic.WARNING, failed.get(0).getSeverity());
            assertTrue(failed.get(0).getMessage().contains("failed (java.lang.IllegalStateException: no rules file); its rules were not applied"),
                    failed.get(0).getMessage());
            assertEquals(1, from(s, SOURCE).size());
        }
        assertEquals(List.of(), from(study(), SOURCE));
    }
}
