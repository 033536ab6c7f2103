package org.landcarbon.io;

/**
 * One published value an import of reported values would write (kept apart from the inputs, as the
 * model's {@code ReportedValue}): as published, never converted.
 *
 * @param year      the year
 * @param component an account component id of docs/study-conventions.md, e.g. {@code forest} or {@code net}
 * @param value     the value as published
 * @param unit      its unit, e.g. {@code 10^4 t C}
 * @param source    the citation the values come from
 * @param previous  the value the study holds now for that year, component and source; {@code null} when none
 */
public record ReportedChange(int year, String component, double value, String unit, String source, Double previous) {

    /** True when the study already holds exactly this value from this source. */
    public boolean unchanged() {
        return previous != null && previous.doubleValue() == value;
    }
}
