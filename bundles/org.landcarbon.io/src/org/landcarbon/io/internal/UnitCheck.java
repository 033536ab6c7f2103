package org.landcarbon.io.internal;

import java.util.Optional;

import org.landcarbon.io.internal.SeriesCatalog.SeriesType;
import org.landcarbon.io.internal.Units.ParsedUnit;

/** Checks a unit text for a series; one message per kind of mistake. */
final class UnitCheck {

    private UnitCheck() {
    }

    /** The unit, or empty after reporting why it cannot be used for the series. */
    static Optional<ParsedUnit> check(String unitText, SeriesType series, Problems problems, String source, int row,
            int column, String header, String missingHint) {
        if (unitText == null || unitText.isBlank()) {
            problems.error(source, row, column, header, "no unit for " + series.id() + "; " + missingHint);
            return Optional.empty();
        }
        Optional<ParsedUnit> unit = Units.parse(unitText);
        if (unit.isEmpty()) {
            problems.error(source, row, column, header, "unknown unit '" + unitText + "' (for " + series.id()
                    + " e.g. '" + series.usualUnit() + "')");
            return Optional.empty();
        }
        if (!series.dimensions().isEmpty() && !series.dimensions().contains(unit.get().dimension())) {
            problems.error(source, row, column, header, "unit '" + unitText + "' does not fit " + series.id()
                    + " (" + describe(series) + ", e.g. '" + series.usualUnit() + "')");
            return Optional.empty();
        }
        return unit;
    }

    static String describe(SeriesType series) {
        String dims = String.join(" or ", series.dimensions());
        return switch (dims) {
            case "area" -> "an area";
            case "mass" -> "a mass";
            case "power" -> "a power";
            case "currency" -> "an amount of money";
            case "persons" -> "a number of persons";
            case "energy/currency" -> "energy per money";
            default -> "a " + dims;
        };
    }
}
