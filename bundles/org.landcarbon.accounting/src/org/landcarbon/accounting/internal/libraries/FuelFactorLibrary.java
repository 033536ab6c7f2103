package org.landcarbon.accounting.internal.libraries;

import java.util.List;

import org.landcarbon.accounting.CoefficientLibrary;
import org.osgi.service.component.annotations.Component;

/** The seed set extended with per-fuel carbon factors from the literature, for the construction.fuel method. */
@Component(service = CoefficientLibrary.class)
public final class FuelFactorLibrary extends BundledCoefficientLibrary {

    @Override
    protected List<String> files() {
        return List.of("fuel-factors-heliyon-2023.csv");
    }
}
