package org.landcarbon.accounting;

import org.landcarbon.model.units.Quantity;

/** A figure a publication reported for a component and year, as the study records it. */
public record ReportedFigure(String component, int year, Quantity quantity, String source) {
}
