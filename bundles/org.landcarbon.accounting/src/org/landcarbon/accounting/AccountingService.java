package org.landcarbon.accounting;

import java.util.List;
import java.util.Optional;

import org.landcarbon.model.Study;

/**
 * Accounts studies with the installed methods and coefficient libraries (OSGi services, so a bundle can add
 * either). Obtain it as a service: {@code @Reference AccountingService}.
 */
public interface AccountingService {

    /** The installed methods, by id. */
    List<AccountingMethod> methods();

    Optional<AccountingMethod> method(String id);

    /** The coefficient sets of the installed libraries, by id. */
    List<CoefficientSetData> coefficientSets();

    /**
     * A set by id: one of the study's own sets (when a study is given) or of a library; its base sets are not
     * merged in (see {@link #resolvedEntries}).
     */
    Optional<CoefficientSetData> coefficientSet(Study study, String id);

    /** The entries of a set with its base chain applied, or an exception naming the unknown or cyclic set. */
    java.util.Map<String, CoefficientEntry> resolvedEntries(Study study, String setId) throws AccountingException;

    Account account(Study study, AccountOptions options) throws AccountingException;

    AuditReport audit(Study study, AccountOptions options) throws AccountingException;

    /** What changes from one set to another (base chains resolved). */
    CoefficientSetDiff diff(Study study, String fromSetId, String toSetId) throws AccountingException;
}
