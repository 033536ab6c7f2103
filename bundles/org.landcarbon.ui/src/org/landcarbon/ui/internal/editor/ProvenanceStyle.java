package org.landcarbon.ui.internal.editor;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.landcarbon.model.ProvenanceKind;

/**
 * How a value shows where it came from: entered values plain; imported grey; derived and projected
 * italic; stated and reported in colour; the tooltip says the file and row, formula or source.
 */
final class ProvenanceStyle {

    // SWT colours hold no native resource since 4.16: constants are safe and never leak.
    private static final Color IMPORTED = new Color(70, 70, 70);
    private static final Color DERIVED = new Color(0, 110, 60);
    private static final Color STATED = new Color(150, 80, 0);
    private static final Color REPORTED = new Color(20, 60, 160);
    private static final Color PROJECTED = new Color(120, 40, 140);
    private static final Color MISSING = new Color(170, 170, 170);

    private ProvenanceStyle() {
    }

    static Color missing() {
        return MISSING;
    }

    static Color foreground(ProvenanceKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case ENTERED -> null;
            case IMPORTED -> IMPORTED;
            case DERIVED -> DERIVED;
            case STATED -> STATED;
            case REPORTED -> REPORTED;
            case PROJECTED -> PROJECTED;
        };
    }

    static Font font(ProvenanceKind kind) {
        if (kind == ProvenanceKind.DERIVED || kind == ProvenanceKind.PROJECTED) {
            return JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT);
        }
        return null;
    }

    static String name(ProvenanceKind kind) {
        return switch (kind) {
            case ENTERED -> Messages.provEntered;
            case IMPORTED -> Messages.provImported;
            case DERIVED -> Messages.provDerived;
            case STATED -> Messages.provStated;
            case REPORTED -> Messages.provReported;
            case PROJECTED -> Messages.provProjected;
        };
    }

    static String tooltip(GridColumn.Cell cell, String column, String unit, int year) {
        if (cell.value() == null) {
            return NLS.bind(Messages.tipMissing, column, year);
        }
        String head = NLS.bind(Messages.tipValue, new Object[] { column, year, CellValues.format(cell.value()), unit });
        String prov = cell.provenance() == null ? Messages.provEntered : name(cell.provenance());
        String detail = cell.detail() == null || cell.detail().isBlank() ? "" : ": " + cell.detail();
        return head + "\n" + prov + detail;
    }
}
