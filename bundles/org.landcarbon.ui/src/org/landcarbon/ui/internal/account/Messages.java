package org.landcarbon.ui.internal.account;

import org.eclipse.osgi.util.NLS;

/** Strings of the account view. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.internal.account.messages";

    public static String unit;
    public static String copy;
    public static String exportCsv;
    public static String exportXlsx;
    public static String year;
    public static String regionStatus;
    public static String noStudy;
    public static String noService;
    public static String computing;
    public static String jobName;
    public static String status;
    public static String trailHint;
    public static String uncertaintyColumn;
    public static String uncertaintyTip;
    public static String uncertaintyNone;
    public static String auditDiffers;
    public static String trailTotal;
    public static String trailNet;
    public static String trailSum;
    public static String trailMethod;
    public static String trailFormula;
    public static String trailInput;
    public static String trailCoefficient;
    public static String trailReported;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
