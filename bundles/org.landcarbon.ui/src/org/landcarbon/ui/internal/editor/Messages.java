package org.landcarbon.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** Strings of the study editor. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.internal.editor.messages";

    public static String notAStudyFile;
    public static String notLocal;
    public static String cannotRead;
    public static String editorError;
    public static String saveFailedTitle;
    public static String saveFailed;
    public static String revertFailed;
    public static String changedOnDiskTitle;
    public static String changedOnDiskSave;
    public static String changedOnDiskActivate;
    public static String buttonUpdate;
    public static String buttonOverwrite;
    public static String pageOverview;
    public static String pageAreas;
    public static String pageAreasIntro;
    public static String pageActivity;
    public static String pageActivityIntro;
    public static String pageCoefficients;
    public static String pageCoefficientsIntro;
    public static String pageReported;
    public static String pageReportedIntro;
    public static String noSeriesFor;
    public static String noneOfTop;
    public static String regionSeries;
    public static String provenanceLegend;
    public static String columnYear;
    public static String columnKey;
    public static String columnValue;
    public static String columnUnit;
    public static String columnSource;
    public static String columnNote;
    public static String notANumber;
    public static String negativeRefused;
    public static String cellRefused;
    public static String pasteRefused;
    public static String pasteTooManyRows;
    public static String pasteTooManyColumns;
    public static String pasteLabel;
    public static String editCell;
    public static String editField;
    public static String fieldRefused;
    public static String provEntered;
    public static String provImported;
    public static String provDerived;
    public static String provStated;
    public static String provReported;
    public static String provProjected;
    public static String tipMissing;
    public static String tipValue;
    public static String sectionStudy;
    public static String sectionStudyIntro;
    public static String sectionUnits;
    public static String sectionUnitsIntro;
    public static String sectionNotes;
    public static String sectionNotesIntro;
    public static String fieldName;
    public static String fieldRegion;
    public static String fieldRegionZh;
    public static String fieldRegionCode;
    public static String fieldTotalArea;
    public static String fieldTotalAreaUnit;
    public static String fieldStartYear;
    public static String fieldEndYear;
    public static String fieldDataSource;
    public static String fieldAreaUnit;
    public static String fieldCarbonUnit;
    public static String fieldDecimals;
    public static String fieldContents;
    public static String fieldNotes;
    public static String fieldCoefficientSet;
    public static String nameRequired;
    public static String notAYear;
    public static String startAfterEnd;
    public static String mustBePositive;
    public static String decimalsRange;
    public static String summary;
    public static String summaryRegions;
    public static String noCoefficientSet;
    public static String syntheticWarning;
    public static String buttonOverride;
    public static String buttonRemoveOverride;
    public static String noSource;
    public static String sourceIs;
    public static String overrideNew;
    public static String overrideOf;
    public static String overrideNote;
    public static String overrideLabel;
    public static String removeOverrideLabel;
    public static String chooseSetLabel;
    public static String actionUndo;
    public static String actionRedo;
    public static String actionUndoLabel;
    public static String actionRedoLabel;
    public static String actionCopy;
    public static String actionPaste;
    public static String actionRevert;
    public static String seriesFertilizer;
    public static String seriesSownArea;
    public static String seriesMachinery;
    public static String seriesIrrigated;
    public static String seriesFilm;
    public static String seriesEnergyIntensity;
    public static String seriesGdpPrimary;
    public static String seriesGdpSecondary;
    public static String seriesGdpTertiary;
    public static String seriesPopulation;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
