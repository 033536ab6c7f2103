package org.landcarbon.ui.charts.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Asks for the size of a PNG export (width x height @ dpi); an SVG needs none. */
final class ExportSize {

    private static final Pattern SIZE = Pattern.compile("\\s*(\\d{2,5})\\s*[xX*]\\s*(\\d{2,5})\\s*(?:@\\s*(\\d{2,4}))?\\s*(?:dpi)?\\s*");

    private ExportSize() {
    }

    /** {width, height, dpi}, or null when cancelled. */
    static int[] ask(Shell shell, boolean png) {
        if (!png) {
            return new int[] { 900, 560, 96 };
        }
        InputDialog dialog = new InputDialog(shell, Messages.exportSizeTitle, Messages.exportSizePrompt, "1800 x 1000 @ 192",
                text -> SIZE.matcher(text).matches() ? null : Messages.exportSizeInvalid);
        if (dialog.open() != Window.OK) {
            return null;
        }
        Matcher m = SIZE.matcher(dialog.getValue());
        m.matches();
        return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 96 : Integer.parseInt(m.group(3)) };
    }
}
