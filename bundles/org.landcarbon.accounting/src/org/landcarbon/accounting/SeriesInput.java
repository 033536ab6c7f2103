package org.landcarbon.accounting;

import org.landcarbon.model.units.Quantity;

/**
 * One year's value of a study series as a method sees it, with where it came from.
 *
 * @param provenance the kind (ENTERED, IMPORTED, DERIVED, REPORTED, STATED, PROJECTED)
 * @param detail FILE:ROW, formula or source as the study records it; may be empty
 * @param scenario name of the scenario whose override supplied the value, or null
 */
public record SeriesInput(String seriesId, int year, Quantity quantity, String provenance, String detail, String scenario) {

    public String describe() {
        StringBuilder sb = new StringBuilder(seriesId).append(' ').append(year).append(" = ").append(Trail.quantity(quantity));
        sb.append(" [").append(provenance);
        if (detail != null && !detail.isBlank()) {
            sb.append(": ").append(detail);
        }
        if (scenario != null) {
            sb.append("; scenario ").append(scenario);
        }
        return sb.append(']').toString();
    }
}
