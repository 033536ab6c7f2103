package org.landcarbon.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The workbench's preferences (Window > Preferences > LandCarbon), in the instance scope of
 * org.landcarbon.ui; defaults come from the bundle's preference initializer. Views read them as their
 * initial state and listen to {@link #store()} for changes.
 */
public final class UiPreferences {

    public static final String QUALIFIER = "org.landcarbon.ui";
    /** Id of the coefficient set new studies use; empty for the accounting default. */
    public static final String COEFFICIENT_SET = "coefficientSet";
    /** "10^4 t", "t" or "Mt". */
    public static final String MAGNITUDE = "magnitude";
    /** "C" or "CO2". */
    public static final String SUBSTANCE = "substance";
    public static final String DECIMALS = "decimals";
    public static final String LINE_WIDTH = "chartLineWidth";
    public static final String MARKERS = "chartMarkers";
    /** "" (system locale), "en" or "zh_CN"; takes effect at the next start. */
    public static final String LANGUAGE = "language";

    private static ScopedPreferenceStore store;

    private UiPreferences() {
    }

    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
        }
        return store;
    }

    /** The carbon unit of the account and charts, e.g. "10^4 t CO2". */
    public static String carbonUnit() {
        return store().getString(MAGNITUDE) + " " + store().getString(SUBSTANCE);
    }

    public static int decimals() {
        return Math.max(0, Math.min(6, store().getInt(DECIMALS)));
    }

    public static int lineWidth() {
        return Math.max(1, Math.min(6, store().getInt(LINE_WIDTH)));
    }

    public static boolean markers() {
        return store().getBoolean(MARKERS);
    }

    /** True for a key that changes how carbon figures are shown. */
    public static boolean affectsFigures(String key) {
        return MAGNITUDE.equals(key) || SUBSTANCE.equals(key) || DECIMALS.equals(key);
    }

    /** True for a key that changes how charts are drawn. */
    public static boolean affectsCharts(String key) {
        return affectsFigures(key) || LINE_WIDTH.equals(key) || MARKERS.equals(key);
    }
}
