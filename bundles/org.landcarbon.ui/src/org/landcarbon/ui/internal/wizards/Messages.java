package org.landcarbon.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Strings of the new-study wizard. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.internal.wizards.messages";

    public static String wizardTitle;
    public static String fileTitle;
    public static String fileDescription;
    public static String setupTitle;
    public static String setupDescription;
    public static String fieldName;
    public static String fieldRegion;
    public static String fieldFirstYear;
    public static String fieldLastYear;
    public static String fieldClasses;
    public static String classesSeed;
    public static String classesClcd;
    public static String classesNone;
    public static String fieldImport;
    public static String importHint;
    public static String browse;
    public static String nameRequired;
    public static String yearsInvalid;
    public static String yearsOrder;
    public static String noSuchFile;
    public static String noImporter;
    public static String previewSummary;
    public static String importErrors;
    public static String createFailed;
    public static String fieldCoefficientSet;
    public static String coefficientSetDefault;
    public static String rangesTitle;
    public static String rangeSeries;
    public static String rangeYears;
    public static String rangeDistribution;
    public static String rangeParameters;
    public static String rangeSource;
    public static String rangeOnly;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
