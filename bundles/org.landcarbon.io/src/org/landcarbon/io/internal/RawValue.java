package org.landcarbon.io.internal;

import org.landcarbon.io.internal.SeriesCatalog.SeriesType;
import org.landcarbon.model.units.Unit;

/** One value read from a cell, before it is checked against the study. */
public record RawValue(SeriesType series, int year, double value, Unit unit, String unitText, String source,
        int row, int column, String header, String provenance) {
}
