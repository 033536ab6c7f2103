package org.landcarbon.analysis;

/** What an analysis applies to, so that a front end offers it on the right things. */
public enum InputKind {
    /** A whole study: its series by id (areas, activities, GDP, ...) and reported values. */
    STUDY,
    /** Several series on a common index (e.g. areas by class, or a reference and comparison series). */
    SERIES_SET,
    /** Exactly one series (a table with one column). */
    SINGLE_SERIES
}
