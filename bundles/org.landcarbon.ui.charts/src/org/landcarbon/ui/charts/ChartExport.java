package org.landcarbon.ui.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.landcarbon.ui.charts.internal.SvgChart;

/**
 * Writes a chart for a paper: PNG drawn by the same SWTChart code as on screen, at a size in pixels
 * and with text scaled for a resolution (96 dpi = screen size); SVG as vector drawing of the same model.
 */
public final class ChartExport {

    private ChartExport() {
    }

    /** Renders the chart off screen at width x height pixels; fonts scaled by dpi / 96. UI thread only. */
    public static void png(ChartModel model, Path file, int width, int height, int dpi) throws IOException {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("PNG export draws with SWT and must run on the UI thread");
        }
        double scale = Math.max(0.5, dpi / 96.0);
        Shell shell = new Shell(display, SWT.NO_TRIM);
        Font text = null;
        Font title = null;
        Image image = null;
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(width, height);
            Chart chart = ChartFactory.create(shell, model);
            FontData fd = display.getSystemFont().getFontData()[0];
            text = new Font(display, fd.getName(), (int) Math.round(fd.getHeight() * scale), SWT.NORMAL);
            title = new Font(display, fd.getName(), (int) Math.round(fd.getHeight() * scale * 1.2), SWT.BOLD);
            chart.getTitle().setFont(title);
            chart.getLegend().setFont(text);
            for (IAxis axis : chart.getAxisSet().getAxes()) {
                axis.getTitle().setFont(text);
                axis.getTick().setFont(text);
            }
            shell.layout(true, true);
            chart.updateLayout();
            image = new Image(display, width, height);
            // The shell is never shown: the chart prints itself into the image as it does for a printer.
            GC gc = new GC(image);
            try {
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, width, height);
                chart.printChart(gc, new Rectangle(0, 0, width, height));
            } finally {
                gc.dispose();
            }
            savePng(image, file);
        } finally {
            if (image != null) {
                image.dispose();
            }
            shell.dispose();
            if (text != null) {
                text.dispose();
            }
            if (title != null) {
                title.dispose();
            }
        }
    }

    /** Saves an image drawn off screen as a PNG file, creating its folder. */
    public static void savePng(Image image, Path file) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        Files.createDirectories(file.toAbsolutePath().getParent());
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }

    /** Writes the chart as SVG (UTF-8, Chinese labels as text), width x height in CSS pixels. */
    public static void svg(ChartModel model, Path file, int width, int height) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, SvgChart.render(model, width, height), StandardCharsets.UTF_8);
    }
}
