package org.landcarbon.model.tests.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.Studies;

/** Runs without OSGi (see {@link StudyValidatorStandaloneTest}): builds a faulty study and prints what the plain Diagnostician finds. */
public final class ValidateStandalone {

    private ValidateStandalone() {
    }

    public static void main(String[] args) {
        Study study = LandCarbonFactory.eINSTANCE.createStudy();
        study.setName("Standalone");
        study.setStartYear(2005);
        study.setEndYear(2005);
        Series pop = Studies.ensureSeries(study, "population", "10^4 persons");
        Studies.setValue(pop, 2005, -3, ProvenanceKind.ENTERED, null);
        for (Diagnostic d : Diagnostician.INSTANCE.validate(study).getChildren()) {
            System.out.println(d.getSource() + " | " + d.getMessage());
        }
    }
}
