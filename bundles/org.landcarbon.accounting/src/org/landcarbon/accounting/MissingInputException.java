package org.landcarbon.accounting;

/**
 * An input a method needs is absent for a year (a series value, a coefficient, a reported figure). The
 * component is then missing for that year, with this message as the reason; it is never taken as zero.
 */
public class MissingInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public MissingInputException(String reason) {
        super(reason);
    }
}
