package org.landcarbon.accounting.internal.libraries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.landcarbon.accounting.CoefficientCsv;
import org.landcarbon.accounting.CoefficientLibrary;
import org.landcarbon.accounting.CoefficientSetData;

/** A library whose sets are CSV files beside its class; read once, on first use. */
abstract class BundledCoefficientLibrary implements CoefficientLibrary {

    private volatile List<CoefficientSetData> sets;

    /** Names of the CSV files, relative to this class. */
    protected abstract List<String> files();

    @Override
    public List<CoefficientSetData> sets() {
        List<CoefficientSetData> result = sets;
        if (result == null) {
            result = new ArrayList<>();
            for (String file : files()) {
                try (InputStream in = getClass().getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IOException("coefficient file " + file + " is missing from bundle org.landcarbon.accounting");
                    }
                    result.add(CoefficientCsv.read(in, "org.landcarbon.accounting/" + file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            sets = result = List.copyOf(result);
        }
        return result;
    }
}
