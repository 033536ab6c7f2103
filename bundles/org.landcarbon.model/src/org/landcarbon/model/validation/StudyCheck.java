package org.landcarbon.model.validation;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.landcarbon.model.Study;

/**
 * A check that a bundle adds to study validation, for rules that live above the model (the accounting's density
 * rules, an institution's own conventions). Register an implementation as an OSGi service, e.g. with
 * {@code @Component(service = StudyCheck.class)}; {@link StudyValidator} runs every registered check on the study
 * after its own checks, so {@code landcarbon validate}, the commands that refuse a study with errors and the
 * workbench's problem markers all report its findings. Outside OSGi, {@link StudyChecks#add} registers one.
 * Guide: docs/extending.md.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface StudyCheck {

    /**
     * Adds one diagnostic per finding to {@code diagnostics}, best built with {@link StudyChecks#finding}: its source
     * names the check (e.g. the bundle's symbolic name), its code is the check's own, its message names the study, the
     * object and the problem, and its data starts with the offending object (and feature) so an editor can select it.
     * An ERROR makes {@code account} refuse the study; a WARNING is shown only. Must not change the study.
     */
    void check(Study study, DiagnosticChain diagnostics);
}
