package org.landcarbon.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

/** Strings of the study tree in the Project Explorer. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.internal.navigator.messages";

    public static String groupClasses;
    public static String groupSeries;
    public static String groupCoefficients;
    public static String groupReported;
    public static String groupScenarios;
    public static String groupRegions;
    public static String regionLabel;
    public static String classLabel;
    public static String seriesLabel;
    public static String coefficientLabel;
    public static String overrideMark;
    public static String roleSource;
    public static String roleSink;
    public static String roleBoth;
    public static String openFailed;
    public static String openAction;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
