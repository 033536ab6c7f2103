package org.landcarbon.ui.map.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the Map view (the map's own title and legend stay in English, as in an exported figure). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.map.internal.messages";

    public static String boundaries;
    public static String layerChoropleth;
    public static String layerLisa;
    public static String weightsQueen;
    public static String weightsRook;
    public static String noMoran;
    public static String lisaFailed;
    public static String lisaClusters;
    public static String idField;
    public static String figureNet;
    public static String figureSinks;
    public static String figureArea;
    public static String figureDynamicDegree;
    public static String noStudy;
    public static String pickBoundaries;
    public static String noYears;
    public static String regions;
    public static String withoutValue;
    public static String cannotWrite;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
