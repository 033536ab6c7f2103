package org.landcarbon.scenarios;

/**
 * One value a projection rule produced, with the provenance detail that says how: the rule, its
 * parameters and the base it started from, e.g. {@code growth 1.90 %/a from 2019 value 52.30}.
 */
public record ProjectedValue(int year, double value, String detail) {
}
