package org.landcarbon.model.internal;

import org.landcarbon.model.validation.StudyCheck;
import org.landcarbon.model.validation.StudyChecks;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Binds every {@link StudyCheck} service into {@link StudyChecks}. Immediate and without a service of its own: it
 * exists so that the validator, which is plain EMF code, sees the checks that other bundles contribute.
 */
@Component(service = {}, immediate = true)
public final class StudyCheckWhiteboard {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(StudyCheck check) {
        StudyChecks.add(check);
    }

    void removeCheck(StudyCheck check) {
        StudyChecks.remove(check);
    }
}
