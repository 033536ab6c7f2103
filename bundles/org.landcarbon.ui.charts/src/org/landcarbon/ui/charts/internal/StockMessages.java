package org.landcarbon.ui.charts.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the Carbon Stocks view. */
public final class StockMessages extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.charts.internal.stocks";

    public static String jobName;
    public static String noStudy;
    public static String noDensities;
    public static String unit;
    public static String change;
    public static String to;
    public static String total;
    public static String row;
    public static String changeRow;
    public static String emissionRow;
    public static String status;
    public static String trailHint;
    public static String chartTitle;
    public static String chartCaption;
    public static String copy;
    public static String exportCsv;
    public static String missing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, StockMessages.class);
    }

    private StockMessages() {
    }
}
