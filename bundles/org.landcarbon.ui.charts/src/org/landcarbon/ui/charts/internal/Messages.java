package org.landcarbon.ui.charts.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the chart views. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.charts.internal.messages";

    public static String reportedCaption;
    public static String accountCaption;
    public static String sourcesSinksTitle;
    public static String axisYear;
    public static String axisCarbon;
    public static String noStudy;
    public static String netComputed;
    public static String netReported;
    public static String noGm11;
    public static String gm11Caption;
    public static String gm11Title;
    public static String axisNet;
    public static String axisResidual;
    public static String seriesActual;
    public static String seriesFitted;
    public static String seriesForecast;
    public static String sensitivityJob;
    public static String noUncertainty;
    public static String noRanges;
    public static String thisStudy;
    public static String thisStudyLower;
    public static String tornadoTitle;
    public static String tornadoCaption;
    public static String sobolTitle;
    public static String sobolCaption;
    public static String axisInput;
    public static String axisChange;
    public static String axisIndex;
    public static String seriesAtLow;
    public static String seriesAtHigh;
    public static String seriesFirst;
    public static String seriesTotal;
    public static String tornadoMenu;
    public static String sobolMenu;

    public static String seriesNetLow;
    public static String seriesNetHigh;
    public static String seriesForecastLow;
    public static String seriesForecastHigh;
    public static String seriesResiduals;
    public static String residualsTitle;
    public static String forecastJob;
    public static String noNetSeries;
    public static String jobName;
    public static String noData;
    public static String exportPng;
    public static String exportSvg;
    public static String exportSizeTitle;
    public static String exportSizePrompt;
    public static String exportSizeInvalid;
    public static String exportFailed;
    public static String noAnalysis;
    public static String diversityTitle;
    public static String diversityCaption;
    public static String axisDiversity;
    public static String seriesDiversity;
    public static String dynamicTitle;
    public static String dynamicCaption;
    public static String axisClass;
    public static String axisDynamic;
    public static String graTitle;
    public static String graCaption;
    public static String axisGra;
    public static String seriesGra;
    public static String tabDiversity;
    public static String tabDynamic;
    public static String tabGra;
    public static String noStudyLandUse;
    public static String noAreaSeries;
    public static String landUseJob;
    public static String noNetForGra;
    public static String structureTitle;
    public static String structureCaption;
    public static String structureSources;
    public static String structureSinks;
    public static String structureYear;
    public static String noStudyStructure;
    public static String noStructure;
    public static String structureJob;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
