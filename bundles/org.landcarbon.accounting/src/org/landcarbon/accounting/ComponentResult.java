package org.landcarbon.accounting;

import org.landcarbon.model.units.Quantity;

/**
 * One component of an account in one year. {@code value} is in t C (positive: emission for a source,
 * absorption for a sink) and present only when the status is COMPUTED or REPORTED.
 */
public record ComponentResult(String component, int year, ComponentKind kind, Status status, Quantity value, String methodId,
        Trail trail, String reason) {

    public enum Status {
        /** Computed by a method from the study's series and coefficients. */
        COMPUTED,
        /** Taken from the study's reported figures, because the study chose so. */
        REPORTED,
        /** An input is absent for this year; {@code reason} says which. */
        MISSING,
        /** Inputs are present but their units do not fit; {@code reason} says how. */
        INVALID,
        /** The study (or the run) declares that the component does not apply; left out of the totals. */
        NOT_APPLICABLE
    }

    public boolean hasValue() {
        return status == Status.COMPUTED || status == Status.REPORTED;
    }
}
