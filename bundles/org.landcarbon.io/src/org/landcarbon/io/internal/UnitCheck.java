package org.landcarbon.io.internal;

import org.landcarbon.model.text.Texts;

import java.util.Optional;

import org.landcarbon.io.internal.SeriesCatalog.SeriesType;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;

/** Checks a unit text for a series; one message per kind of mistake. */
final class UnitCheck {

    private UnitCheck() {
    }

    /** The unit, or empty after reporting why it cannot be used for the series. */
    static Optional<Unit> check(String unitText, SeriesType series, Study study, Problems problems, String source,
            int row, int column, String header, String missingHint) {
        if (unitText == null || unitText.isBlank()) {
            problems.error(source, row, column, header, "no unit for " + series.id() + "; " + missingHint);
            return Optional.empty();
        }
        Optional<Unit> unit = Units.parse(unitText);
        if (unit.isEmpty()) {
            problems.error(source, row, column, header, "unknown unit " + Texts.quote(unitText) + " (for " + series.id()
                    + " e.g. '" + series.usualUnit() + "')");
            return Optional.empty();
        }
        if (!series.dimensions().isEmpty() && !series.dimensions().contains(unit.get().dimension())) {
            problems.error(source, row, column, header, "unit " + Texts.quote(unitText) + " does not fit " + series.id()
                    + " (needs a unit of " + series.dimensionText() + ", e.g. '" + series.usualUnit() + "')");
            return Optional.empty();
        }
        for (Series existing : study.getSeries()) {
            if (series.id().equals(existing.getId()) && existing.getUnit() != null && !existing.getUnit().isBlank()) {
                Optional<Unit> studyUnit = Units.parse(existing.getUnit());
                if (studyUnit.isEmpty()) {
                    problems.error(source, row, column, header, "the study's series " + series.id()
                            + " has the unknown unit '" + existing.getUnit() + "', so values cannot be converted to it");
                    return Optional.empty();
                }
                if (!studyUnit.get().isCompatible(unit.get())) {
                    problems.error(source, row, column, header, "unit " + Texts.quote(unitText) + " does not fit the study's series "
                            + series.id() + ", which is in '" + existing.getUnit() + "'");
                    return Optional.empty();
                }
            }
        }
        return unit;
    }

}
