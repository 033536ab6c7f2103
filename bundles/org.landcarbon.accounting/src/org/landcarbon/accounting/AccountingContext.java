package org.landcarbon.accounting;

import java.util.Optional;
import java.util.Set;

import org.landcarbon.model.Study;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.Units;

/**
 * What an accounting method sees of a study: its series (with a scenario's overrides applied), the resolved
 * coefficients (set, study overrides, scenario overrides), its land classes and its reported figures. Values
 * carry units; a method never reads raw numbers.
 */
public interface AccountingContext {

    Study study();

    /** Ids of every series the study has. */
    Set<String> seriesIds();

    /** The value of a series in a year, empty when the series or the year is absent. */
    Optional<SeriesInput> input(String seriesId, int year);

    /** The value of a series in a year, or a {@link MissingInputException} naming what is absent. */
    default SeriesInput require(String seriesId, int year) throws MissingInputException {
        return input(seriesId, year).orElseThrow(() -> new MissingInputException(
                seriesIds().contains(seriesId) ? "series " + seriesId + " has no value for " + year : "the study has no series " + seriesId));
    }

    /** Keys of every resolved coefficient. */
    Set<String> coefficientKeys();

    Optional<CoefficientValue> coefficient(String key);

    default CoefficientValue requireCoefficient(String key) throws MissingInputException {
        return coefficient(key).orElseThrow(() -> new MissingInputException(
                "no coefficient " + key + " in " + coefficientSetDescription()));
    }

    /** "coefficient set seed-guizhou-2022 with 2 study overrides", for messages. */
    String coefficientSetDescription();

    /** Ids of the study's land classes. */
    Set<String> landClasses();

    Optional<ReportedFigure> reported(String component, int year);

    /** The unit the study shows carbon in (its tables' unit), used next to t C in trails. */
    default Unit carbonDisplayUnit() {
        return Units.T_C;
    }
}
