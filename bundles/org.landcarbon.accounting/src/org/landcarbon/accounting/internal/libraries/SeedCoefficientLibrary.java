package org.landcarbon.accounting.internal.libraries;

import java.util.List;

import org.landcarbon.accounting.CoefficientLibrary;
import org.osgi.service.component.annotations.Component;

/** The seed paper's coefficients (Guizhou 2005-2019, Tables 1-3). */
@Component(service = CoefficientLibrary.class)
public final class SeedCoefficientLibrary extends BundledCoefficientLibrary {

    @Override
    protected List<String> files() {
        return List.of("seed-guizhou.csv");
    }
}
