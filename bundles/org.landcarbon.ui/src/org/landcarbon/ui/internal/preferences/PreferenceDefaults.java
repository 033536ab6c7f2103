package org.landcarbon.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.landcarbon.ui.UiPreferences;

/** Defaults: the seed's Table 5 conventions (10^4 t C, two decimals), lines 2 px with markers. */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences d = DefaultScope.INSTANCE.getNode(UiPreferences.QUALIFIER);
        d.put(UiPreferences.COEFFICIENT_SET, "");
        d.put(UiPreferences.MAGNITUDE, "10^4 t");
        d.put(UiPreferences.SUBSTANCE, "C");
        d.putInt(UiPreferences.DECIMALS, 2);
        d.putInt(UiPreferences.LINE_WIDTH, 2);
        d.putBoolean(UiPreferences.MARKERS, true);
        d.put(UiPreferences.LANGUAGE, "");
    }
}
