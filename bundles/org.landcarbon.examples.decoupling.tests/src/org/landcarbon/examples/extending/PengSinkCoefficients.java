package org.landcarbon.examples.extending;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.landcarbon.accounting.CoefficientCsv;
import org.landcarbon.accounting.CoefficientLibrary;
import org.landcarbon.accounting.CoefficientSetData;
import org.osgi.service.component.annotations.Component;

// docs/extending.md, "A coefficient set": ExtendingExamplesTest keeps the guide and this file equal.
@Component(service = CoefficientLibrary.class)
public final class PengSinkCoefficients implements CoefficientLibrary {
    @Override
    public List<CoefficientSetData> sets() {
        try (InputStream in = getClass().getResourceAsStream("peng-2016-sinks.csv")) {
            return List.of(CoefficientCsv.read(in, "org.yourinst.landcarbon.coefficients/peng-2016-sinks.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
