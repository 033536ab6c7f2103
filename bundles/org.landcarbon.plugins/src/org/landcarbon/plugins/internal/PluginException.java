package org.landcarbon.plugins.internal;

/** A plugin operation that failed for a reason the user can act on; the message says which. */
public final class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }
}
