package org.landcarbon.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    public static String description;
    public static String coefficientSet;
    public static String coefficientSetDefault;
    public static String magnitude;
    public static String substance;
    public static String carbon;
    public static String co2;
    public static String decimals;
    public static String lineWidth;
    public static String markers;
    public static String language;
    public static String languageSystem;
    public static String restartNote;
    public static String languageNotWritten;
    public static String restartNow;

    static {
        NLS.initializeMessages("org.landcarbon.ui.internal.preferences.messages", Messages.class);
    }

    private Messages() {
    }
}
