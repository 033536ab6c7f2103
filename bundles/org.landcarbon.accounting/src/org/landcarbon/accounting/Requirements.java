package org.landcarbon.accounting;

import java.util.List;

/** What a method needs to produce a component: series ids and coefficient keys (patterns such as yield.* allowed). */
public record Requirements(List<String> series, List<String> coefficients) {

    public Requirements {
        series = List.copyOf(series);
        coefficients = List.copyOf(coefficients);
    }
}
