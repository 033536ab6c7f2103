package org.landcarbon.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Every {@link Analysis} service currently registered, built-in or contributed, collected dynamically:
 * installing or removing a bundle adds or removes its analyses. Obtain it as an OSGi service.
 */
public interface AnalysisRegistry {

    /** All analyses, ordered by id. */
    List<Analysis<?>> analyses();

    Optional<Analysis<?>> find(String id);
}
