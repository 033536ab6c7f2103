package org.landcarbon.accounting;

/** An account cannot be set up at all: unknown coefficient set or scenario, a scenario overriding an unknown series. */
public class AccountingException extends Exception {

    private static final long serialVersionUID = 1L;

    public AccountingException(String message) {
        super(message);
    }
}
