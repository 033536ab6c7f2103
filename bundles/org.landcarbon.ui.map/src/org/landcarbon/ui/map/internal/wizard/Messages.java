package org.landcarbon.ui.map.internal.wizard;

import org.eclipse.osgi.util.NLS;

/** Strings of the new-study-from-rasters wizard. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.map.internal.wizard.messages";

    public static String wizardTitle, inputTitle, inputDescription, rasters, columnFile, columnYear, add, remove, year, boundaries, browse,
            idField, nameField, noNameField, mapping, mappingCsv, csvFile, unit, noRaster, yearMissing, yearInvalid, yearRepeated,
            noBoundaries, noSuchFile, noIdField, noCsv, noClassSystem, previewTitle, previewDescription, previewRunning, columnCrs,
            columnSize, columnCell, columnCovered, columnInside, columnNodata, columnUnmapped, none, regionsFound, allowPartial,
            partialWarning, partialError, unmappedError, previewCancelled, previewFailed, importError, previewSummary, fileTitle,
            fileDescription, studyName, wholeName, nameRequired, createFailed, dataSource, accuracy, accuracyHint, accuracySource,
            accuracySourceHint, accuracyInvalid, accuracySourceRequired;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
