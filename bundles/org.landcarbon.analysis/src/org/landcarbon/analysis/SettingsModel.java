package org.landcarbon.analysis;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of an analysis, read reflectively from the {@link Setting} fields of its settings class
 * (in declaration order, superclass fields first). Creates defaults, parses text values (flags, dialog
 * fields) with range and choice checks, and describes a settings object for a result.
 */
public final class SettingsModel<S> {

    /** Per settings class; a ClassValue does not keep the class (and a removed plugin's class loader) alive. */
    private static final ClassValue<SettingsModel<?>> CACHE = new ClassValue<>() {
        @Override
        protected SettingsModel<?> computeValue(Class<?> type) {
            return new SettingsModel<>(type);
        }
    };

    private final Class<S> type;
    private final Constructor<S> constructor;
    private final List<SettingInfo> settings;

    private SettingsModel(Class<S> type) {
        this.type = type;
        try {
            this.constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("settings class " + type.getName() + " needs a no-argument constructor", e);
        }
        S defaults = newInstance();
        List<SettingInfo> found = new ArrayList<>();
        Map<String, Field> names = new LinkedHashMap<>();
        for (Field f : fieldsOf(type)) {
            Setting a = f.getAnnotation(Setting.class);
            if (a == null || Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            if (names.put(a.name(), f) != null) {
                throw new IllegalArgumentException("settings class " + type.getName() + " declares '" + a.name() + "' twice");
            }
            found.add(new SettingInfo(f, a, defaults));
        }
        this.settings = List.copyOf(found);
    }

    /** The model of a settings class; cached, and checked once (unsupported types and duplicates are errors). */
    @SuppressWarnings("unchecked")
    public static <S> SettingsModel<S> of(Class<S> type) {
        return (SettingsModel<S>) CACHE.get(type);
    }

    public Class<S> type() {
        return type;
    }

    public List<SettingInfo> settings() {
        return settings;
    }

    public Optional<SettingInfo> find(String name) {
        return settings.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** A settings object holding every default. */
    public S newDefaults() {
        return newInstance();
    }

    /**
     * Defaults overridden by the given text values (name to text). Unknown names, malformed or
     * out-of-range values and missing required settings are reported as {@link SettingsException}.
     */
    public S parse(Map<String, String> values) throws SettingsException {
        S s = newInstance();
        for (Map.Entry<String, String> e : values.entrySet()) {
            SettingInfo info = find(e.getKey()).orElseThrow(() -> new SettingsException(e.getKey(),
                    "unknown setting --" + e.getKey() + "; the settings are: " + names()));
            info.set(s, info.parse(e.getValue()));
        }
        validate(s);
        return s;
    }

    /** Checks every setting of an object filled in by code or a dialog. */
    public void validate(S settingsObject) throws SettingsException {
        for (SettingInfo info : settings) {
            info.check(info.get(settingsObject));
        }
    }

    /**
     * Every setting's current value as text, in declaration order: what a result reports it ran with. The map is
     * unmodifiable (package version 0.1.1). A panel runs one settings object for every region, so the last object's text is
     * kept and returned again while its values are unchanged (compared value by value, arrays by content).
     */
    public Map<String, String> describe(S settingsObject) {
        Object[] values = new Object[settings.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = settings.get(i).get(settingsObject);
        }
        Described last = this.last;
        if (last != null && last.object.get() == settingsObject && sameValues(last.values, values)) {
            return last.text;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            SettingInfo info = settings.get(i);
            String text = info.format(values[i]);
            out.put(info.name(), text.isEmpty() ? info.defaultText() : text);
        }
        Map<String, String> text = java.util.Collections.unmodifiableMap(out);
        for (int i = 0; i < values.length; i++) {
            values[i] = copyOfArray(values[i]); // a later change of an array's content must not match
        }
        this.last = new Described(new java.lang.ref.WeakReference<>(settingsObject), values, text);
        return text;
    }

    /** The last object described, its values then and its text; replaced as a whole, so threads see one consistent entry. */
    private record Described(java.lang.ref.WeakReference<Object> object, Object[] values, Map<String, String> text) {
    }

    private volatile Described last;

    private static boolean sameValues(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!java.util.Objects.deepEquals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private static Object copyOfArray(Object v) {
        return switch (v) {
            case double[] d -> d.clone();
            case int[] n -> n.clone();
            case Object[] o -> o.clone();
            case null, default -> v;
        };
    }

    private String names() {
        return settings.isEmpty() ? "(none)" : String.join(", ", settings.stream().map(s -> "--" + s.name()).toList());
    }

    private S newInstance() {
        try {
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create settings " + type.getName(), e);
        }
    }

    private static List<Field> fieldsOf(Class<?> c) {
        List<Field> out = new ArrayList<>();
        if (c.getSuperclass() != null && c.getSuperclass() != Object.class) {
            out.addAll(fieldsOf(c.getSuperclass()));
        }
        out.addAll(List.of(c.getDeclaredFields()));
        return out;
    }
}
