package org.landcarbon.model.units;

/**
 * A unit text that cannot be parsed, or an operation between units that would produce a wrong number
 * silently (converting area to carbon, adding carbon to CO2). Unchecked: a unit error is a data or
 * programming error that the caller reports, never something to retry.
 */
public class UnitException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnitException(String message) {
        super(message);
    }
}
