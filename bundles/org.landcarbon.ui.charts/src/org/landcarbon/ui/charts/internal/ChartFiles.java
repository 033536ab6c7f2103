package org.landcarbon.ui.charts.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.landcarbon.ui.charts.ChartExport;
import org.landcarbon.ui.charts.ChartModel;

/** The export steps every chart view shares: the PNG size, then the file, then writing it; errors in a dialog. */
final class ChartFiles {

    /** Writes the chart to a file; {@code size} is {width, height, dpi} as the user chose (SVG: the defaults). */
    interface Writer {
        void write(Path file, int[] size) throws IOException;
    }

    private ChartFiles() {
    }

    /** Writes a chart of the chart factory: PNG at the chosen size and resolution, or SVG at 900 x 560. */
    static void write(ChartModel model, Path file, boolean png, int[] size) throws IOException {
        if (png) {
            ChartExport.png(model, file, size[0], size[1], size[2]);
        } else {
            ChartExport.svg(model, file, 900, 560);
        }
    }

    /** Exports as PNG or SVG to a file the user picks, proposed as {@code baseName}.png or .svg. */
    static void export(Shell shell, boolean png, String baseName, Writer writer) {
        int[] size = ExportSize.ask(shell, png);
        if (size == null) {
            return;
        }
        FileDialog files = new FileDialog(shell, SWT.SAVE);
        files.setFilterExtensions(new String[] { png ? "*.png" : "*.svg" });
        files.setOverwrite(true);
        files.setFileName(baseName + (png ? ".png" : ".svg"));
        String chosen = files.open();
        if (chosen == null) {
            return;
        }
        try {
            writer.write(Path.of(chosen), size);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.exportSizeTitle, NLS.bind(Messages.exportFailed, e.getMessage()));
        }
    }
}
