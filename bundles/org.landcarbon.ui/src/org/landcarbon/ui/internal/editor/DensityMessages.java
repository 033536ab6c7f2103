package org.landcarbon.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** Strings of the editor's Carbon stocks page. */
public final class DensityMessages extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.internal.editor.densities";

    public static String page;
    public static String intro;
    public static String landClass;
    public static String add;
    public static String remove;
    public static String importCsv;
    public static String unit;
    public static String source;
    public static String origin;
    public static String sourceNeeded;
    public static String sourceIs;
    public static String importedFrom;
    public static String addLabel;
    public static String removeLabel;
    public static String importLabel;

    public static String pool_above;
    public static String pool_below;
    public static String pool_soil;
    public static String pool_dead;

    /** A pool's name in the workbench's language. */
    public static String pool(org.landcarbon.accounting.stock.CarbonPool p) {
        return switch (p) {
            case ABOVE -> pool_above;
            case BELOW -> pool_below;
            case SOIL -> pool_soil;
            case DEAD -> pool_dead;
        };
    }

    static {
        NLS.initializeMessages(BUNDLE_NAME, DensityMessages.class);
    }

    private DensityMessages() {
    }
}
