package org.landcarbon.accounting;

import org.landcarbon.model.units.Quantity;

/**
 * A coefficient as resolved for an account: its value with unit, its literature source, and which layer
 * supplied it (a coefficient set, the study's override, a scenario's override).
 */
public record CoefficientValue(String key, Quantity quantity, String source, String note, String origin) {

    public String describe() {
        return key + " = " + quantity + " (" + origin + "; source: " + (source == null || source.isBlank() ? "not given" : source)
                + ")";
    }
}
