package org.landcarbon.accounting;

import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;

/**
 * One coefficient of a set: key (docs/study-conventions.md), value, unit text, literature source, note, and its
 * range when the set gives one (null otherwise; docs/uncertainty.md).
 */
public record CoefficientEntry(String key, double value, String unit, String source, String note, Uncertainty uncertainty) {

    public CoefficientEntry(String key, double value, String unit, String source, String note) {
        this(key, value, unit, source, note, null);
    }

    /** The value with its unit; a blank unit is a pure number. */
    public Quantity quantity() {
        return new Quantity(value, unit == null || unit.isBlank() ? Unit.ONE : Unit.parse(unit));
    }
}
