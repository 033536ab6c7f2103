package org.landcarbon.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the workbench shell; translations in messages_*.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.internal.messages";

    public static String productName;
    public static String menuFile;
    public static String menuNew;
    public static String menuEdit;
    public static String menuWindow;
    public static String menuShowView;
    public static String menuHelp;
    public static String aboutTitle;
    public static String aboutText;
    public static String welcomeHeading;
    public static String welcomeIntro;
    public static String welcomeVersion;
    public static String welcomeWorkspace;
    public static String welcomeGettingStarted;
    public static String welcomeOpenSample;
    public static String welcomeNewStudy;
    public static String welcomeImport;
    public static String welcomeNoSample;
    public static String componentAgriculturalLand;
    public static String componentConstruction;
    public static String componentSinksTotal;
    public static String componentSourcesTotal;
    public static String componentNet;
    public static String componentCropland;
    public static String unnamedStudy;
    public static String samplesProject;
    public static String samplesJob;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
