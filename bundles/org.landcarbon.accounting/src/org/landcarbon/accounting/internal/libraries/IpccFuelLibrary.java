package org.landcarbon.accounting.internal.libraries;

import java.util.List;

import org.landcarbon.accounting.CoefficientLibrary;
import org.osgi.service.component.annotations.Component;

/** The seed set extended with the IPCC 2006 default net calorific values and carbon contents of fuels. */
@Component(service = CoefficientLibrary.class)
public final class IpccFuelLibrary extends BundledCoefficientLibrary {

    @Override
    protected List<String> files() {
        return List.of("ipcc-2006-fuels.csv");
    }
}
