package org.landcarbon.uncertainty;

/**
 * One uncertain input of an account: a coefficient (its value in its unit) or a series (a multiplier of all
 * its values, point 1). One draw is used for every year the input enters.
 *
 * @param id the coefficient key, or {@code series:<id>}
 * @param source where the range comes from
 */
public record UncertainInput(String id, Kind kind, double point, String unit, Distribution distribution, String source) {

    public enum Kind {
        COEFFICIENT, SERIES
    }

    public static final String SERIES_PREFIX = "series:";
}
