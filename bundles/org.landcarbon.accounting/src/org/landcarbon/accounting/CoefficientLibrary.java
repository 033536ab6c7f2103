package org.landcarbon.accounting;

import java.util.List;

/**
 * Contributes coefficient sets. Register an implementation as an OSGi service
 * ({@code @Component(service = CoefficientLibrary.class)}); {@link CoefficientCsv} reads the CSV format the
 * built-in libraries ship, so a library is usually a CSV file in the bundle and a few lines of Java.
 */
public interface CoefficientLibrary {

    List<CoefficientSetData> sets();
}
