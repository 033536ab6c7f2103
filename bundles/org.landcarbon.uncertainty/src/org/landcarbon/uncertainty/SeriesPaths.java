package org.landcarbon.uncertainty;

import java.util.Map;
import java.util.Set;

/**
 * How the values of a study's series follow the draws of its uncertain series (one multiplier per series, point 1).
 * {@link #SCALED}: a series' values are its point values times its own multiplier. A scenario's projection instead
 * re-runs its rules on the drawn history ({@link ScenarioUncertainty}), so a projected year moves as the rule makes it
 * move, and a series that a joint rule projects with an uncertain one moves with that one.
 */
public interface SeriesPaths {

    /** Every value times its own series' multiplier. */
    SeriesPaths SCALED = new SeriesPaths() {
        @Override
        public Set<String> drivers(String seriesId) {
            return Set.of(seriesId);
        }

        @Override
        public double value(String seriesId, int year, double point, Map<String, Double> factors) {
            Double f = factors.get(seriesId);
            return f == null ? point : point * f;
        }
    };

    /** The uncertain series whose multipliers move the values of {@code seriesId} (it may be among them). */
    Set<String> drivers(String seriesId);

    /**
     * The value of {@code seriesId} in {@code year}, in the series' unit, when the uncertain series have the given
     * multipliers (a series not in {@code factors} is at its point, 1); {@code point} is its value at the point.
     */
    double value(String seriesId, int year, double point, Map<String, Double> factors);
}
