package org.landcarbon.analysis;

/** A setting's value is missing, unknown, malformed or out of range; the message names the setting. */
public class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String setting;

    public SettingsException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    /** The name of the offending setting, or {@code null} when the problem is not about one setting. */
    public String setting() {
        return setting;
    }
}
