package org.landcarbon.scenarios;

/** A scenario cannot be projected as written: the message names scenario, rule, series and the problem. */
public class ProjectionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProjectionException(String message) {
        super(message);
    }
}
