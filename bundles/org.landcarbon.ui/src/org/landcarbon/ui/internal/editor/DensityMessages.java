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

    static {
        NLS.initializeMessages(BUNDLE_NAME, DensityMessages.class);
    }

    private DensityMessages() {
    }
}
