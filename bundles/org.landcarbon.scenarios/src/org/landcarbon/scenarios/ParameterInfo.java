package org.landcarbon.scenarios;

/**
 * A parameter a projection method understands: shown in listings and, later, as a field of the
 * scenario editor. {@code defaultValue} is null when the parameter is required or has no default.
 */
public record ParameterInfo(String name, String description, String defaultValue, boolean required) {

    public static ParameterInfo required(String name, String description) {
        return new ParameterInfo(name, description, null, true);
    }

    public static ParameterInfo optional(String name, String description, String defaultValue) {
        return new ParameterInfo(name, description, defaultValue, false);
    }
}
