package org.landcarbon.ui.scenarios.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the scenario comparison. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.scenarios.internal.messages";

    public static String editorTitle;
    public static String heading;
    public static String headingAcross;
    public static String reference;
    public static String exportButton;
    public static String exportDialogMessage;
    public static String exportDone;
    public static String exportFailed;
    public static String illustrativeNote;
    public static String tabOverview;
    public static String tabSourcesSinks;
    public static String tabDifferences;
    public static String tabNetByYear;
    public static String netChartTitle;
    public static String axisYear;
    public static String axisNet;
    public static String axisCarbon;
    public static String sourcesSinksCaption;
    public static String peakLabel;
    public static String legendPeak;
    public static String legendNoPeak;
    public static String sourcesSinksTitle;
    public static String colScenario;
    public static String colPeakYear;
    public static String colPeakValue;
    public static String colCumulative;
    public static String colNetIn;
    public static String colBelowFrom;
    public static String colYear;
    public static String colNet;
    public static String noPeak;
    public static String noValue;
    public static String differenceOf;
    public static String differencesCaption;
    public static String differenceColumn;
    public static String referenceIsSelf;
    public static String computing;
    public static String updated;
    public static String failed;
    public static String noServices;
    public static String missingScenario;
    public static String pickTitle;
    public static String pickMessage;
    public static String pickCount;
    public static String noScenarios;
    public static String notes;
    public static String projectedFrom;
    public static String identicalBefore;
    public static String bandToggle;
    public static String bandLegend;
    public static String bandComputing;
    public static String bandNone;
    public static String bandFailed;
    public static String bandJob;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
