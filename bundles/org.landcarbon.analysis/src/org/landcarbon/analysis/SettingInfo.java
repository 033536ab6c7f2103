package org.landcarbon.analysis;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One setting of an analysis as read from its annotated field: what a dialog or a flag parser needs. */
public final class SettingInfo {

    private final Field field;
    private final Setting annotation;
    private final SettingType type;
    private final List<String> choices;
    private final String defaultText;

    SettingInfo(Field field, Setting annotation, Object defaults) {
        this.field = field;
        this.annotation = annotation;
        this.type = typeOf(field);
        this.choices = choicesOf(field, annotation, type);
        field.setAccessible(true);
        Object initial = get(defaults);
        String text = format(initial);
        this.defaultText = text.isEmpty() ? annotation.defaultText() : text;
        if (annotation.required() && initial != null) {
            throw new IllegalArgumentException(where() + " is required, so its field must start as null");
        }
    }

    public String name() {
        return annotation.name();
    }

    public String label() {
        return annotation.label().isEmpty() ? annotation.name() : annotation.label();
    }

    public String labelZh() {
        return annotation.labelZh().isEmpty() ? label() : annotation.labelZh();
    }

    public String description() {
        return annotation.description();
    }

    public String unit() {
        return annotation.unit();
    }

    public SettingType type() {
        return type;
    }

    /** The allowed values of a CHOICE setting, otherwise empty. */
    public List<String> choices() {
        return choices;
    }

    public double min() {
        return annotation.min();
    }

    public double max() {
        return annotation.max();
    }

    public boolean hasRange() {
        return annotation.min() != Double.NEGATIVE_INFINITY || annotation.max() != Double.POSITIVE_INFINITY;
    }

    public boolean required() {
        return annotation.required();
    }

    /** The default as text: the field's initial value, else the annotation's {@code defaultText}, else empty. */
    public String defaultText() {
        return defaultText;
    }

    /** The range or choices in words, e.g. "0 to 1", "at least 1", "initial|mean|minmax|none"; empty when unconstrained. */
    public String constraintText() {
        if (!choices.isEmpty()) {
            return String.join("|", choices);
        }
        if (!hasRange()) {
            return "";
        }
        if (min() == Double.NEGATIVE_INFINITY) {
            return "at most " + number(max());
        }
        if (max() == Double.POSITIVE_INFINITY) {
            return "at least " + number(min());
        }
        return number(min()) + " to " + number(max());
    }

    public Object get(Object settings) {
        try {
            return field.get(settings);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(where() + " cannot be read", e);
        }
    }

    /** Sets a value already parsed and checked by {@link #parse(String)} or {@link #check(Object)}. */
    public void set(Object settings, Object value) {
        try {
            field.set(settings, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(where() + " cannot be written", e);
        }
    }

    /** Parses text (a flag's value, a dialog's field) into a value of the field's type and checks it. */
    public Object parse(String text) throws SettingsException {
        String t = text == null ? "" : text.strip();
        Class<?> c = field.getType();
        Object value;
        try {
            value = switch (type) {
                case INTEGER -> c == long.class || c == Long.class ? (Object) Long.valueOf(t) : (Object) Integer.valueOf(t);
                case NUMBER -> Double.valueOf(requireFinite(t));
                case BOOLEAN -> parseBoolean(t);
                case TEXT -> t;
                case CHOICE -> parseChoice(t);
                case INTEGER_LIST -> t.isEmpty() ? new int[0] : Arrays.stream(t.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
                case NUMBER_LIST -> t.isEmpty() ? new double[0] : Arrays.stream(t.split(",")).map(String::strip).map(SettingInfo::requireFinite).mapToDouble(Double::parseDouble).toArray();
                case TEXT_LIST -> t.isEmpty() ? new String[0] : Arrays.stream(t.split(",")).map(String::strip).toArray(String[]::new);
            };
        } catch (NumberFormatException e) {
            throw new SettingsException(name(), "--" + name() + " must be " + expected() + ", got '" + t + "'");
        }
        check(value);
        return value;
    }

    /** Checks a value against the range or choices; used for values set programmatically, e.g. from a dialog. */
    public void check(Object value) throws SettingsException {
        if (value == null) {
            if (required()) {
                throw new SettingsException(name(), "--" + name() + " is required (" + description() + ")");
            }
            return;
        }
        switch (type) {
            case INTEGER, NUMBER -> checkRange(((Number) value).doubleValue(), String.valueOf(format(value)));
            case INTEGER_LIST -> {
                for (int v : (int[]) value) {
                    checkRange(v, Integer.toString(v));
                }
            }
            case NUMBER_LIST -> {
                for (double v : (double[]) value) {
                    checkRange(v, number(v));
                }
            }
            case TEXT -> {
                if (!choices.isEmpty() && !choices.contains(value)) {
                    throw badChoice(value.toString());
                }
            }
            default -> {
                // booleans and enum constants are valid by construction
            }
        }
    }

    /** A value as text, the inverse of {@link #parse(String)}; empty for null. */
    public String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return token(e);
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof int[] a) {
            return Arrays.stream(a).mapToObj(Integer::toString).collect(Collectors.joining(","));
        }
        if (value instanceof double[] a) {
            return Arrays.stream(a).mapToObj(SettingInfo::number).collect(Collectors.joining(","));
        }
        if (value instanceof String[] a) {
            return String.join(",", a);
        }
        return value.toString();
    }

    /** The token of an enum constant as users type it: lower case, '_' written as '-'. */
    public static String token(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void checkRange(double v, String shown) throws SettingsException {
        if (v < min() || v > max()) {
            throw new SettingsException(name(), "--" + name() + " must be " + constraintText() + ", got " + shown);
        }
    }

    private Object parseChoice(String t) throws SettingsException {
        for (Object constant : field.getType().getEnumConstants()) {
            if (token((Enum<?>) constant).equalsIgnoreCase(t) || ((Enum<?>) constant).name().equalsIgnoreCase(t)) {
                return constant;
            }
        }
        throw badChoice(t);
    }

    private SettingsException badChoice(String t) {
        return new SettingsException(name(), "--" + name() + " must be one of " + String.join("|", choices) + ", got '" + t + "'");
    }

    private Boolean parseBoolean(String t) throws SettingsException {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> Boolean.TRUE;
            case "false", "no", "off", "0" -> Boolean.FALSE;
            default -> throw new SettingsException(name(), "--" + name() + " must be true or false, got '" + t + "'");
        };
    }

    private String expected() {
        return switch (type) {
            case INTEGER -> "a whole number" + suffix();
            case NUMBER -> "a number" + suffix();
            case INTEGER_LIST -> "a comma-separated list of whole numbers";
            case NUMBER_LIST -> "a comma-separated list of numbers";
            default -> "text";
        };
    }

    private String suffix() {
        return hasRange() ? " (" + constraintText() + ")" : "";
    }

    private static String requireFinite(String t) {
        double d = Double.parseDouble(t);
        if (!Double.isFinite(d)) {
            throw new NumberFormatException(t);
        }
        return t;
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    private String where() {
        return "setting '" + annotation.name() + "' (" + field.getDeclaringClass().getName() + "." + field.getName() + ")";
    }

    private static SettingType typeOf(Field f) {
        Class<?> c = f.getType();
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return SettingType.INTEGER;
        }
        if (c == double.class || c == Double.class) {
            return SettingType.NUMBER;
        }
        if (c == boolean.class || c == Boolean.class) {
            return SettingType.BOOLEAN;
        }
        if (c == String.class) {
            return SettingType.TEXT;
        }
        if (c.isEnum()) {
            return SettingType.CHOICE;
        }
        if (c == int[].class) {
            return SettingType.INTEGER_LIST;
        }
        if (c == double[].class) {
            return SettingType.NUMBER_LIST;
        }
        if (c == String[].class) {
            return SettingType.TEXT_LIST;
        }
        throw new IllegalArgumentException("setting field " + f.getDeclaringClass().getName() + "." + f.getName()
                + " has unsupported type " + c.getName());
    }

    private static List<String> choicesOf(Field f, Setting a, SettingType type) {
        if (type == SettingType.CHOICE) {
            List<String> tokens = new ArrayList<>();
            for (Object constant : f.getType().getEnumConstants()) {
                tokens.add(token((Enum<?>) constant));
            }
            return List.copyOf(tokens);
        }
        return List.of(a.choices());
    }
}
