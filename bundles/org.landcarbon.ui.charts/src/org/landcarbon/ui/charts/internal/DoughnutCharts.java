package org.landcarbon.ui.charts.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICircularSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.landcarbon.ui.charts.ChartExport;

/**
 * Draws the two doughnuts of a {@link StructureModel.Structure} (sources, sinks) with SWTChart, and
 * exports them side by side as PNG (the same drawing) or SVG (arcs of the same numbers).
 */
public final class DoughnutCharts {

    private DoughnutCharts() {
    }

    public static Chart create(Composite parent) {
        Chart chart = new Chart(parent, SWT.NONE);
        Color white = new Color(255, 255, 255);
        chart.setBackground(white);
        chart.setBackgroundInPlotArea(white);
        chart.getLegend().setPosition(SWT.RIGHT);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setVisible(false);
            axis.getTick().setVisible(false);
            axis.getGrid().setStyle(org.eclipse.swtchart.LineStyle.NONE);
        }
        return chart;
    }

    /** Shows one ring: slices labelled with their share, the ring's title with its total and unit. */
    public static void show(Chart chart, StructureModel.Ring ring, String heading) {
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
            chart.getTitle().setText(heading == null ? ring.title() : heading + "\n" + ring.title());
            chart.getTitle().setForeground(new Color(40, 40, 40));
            if (ring.values().length > 0) {
                ICircularSeries<?> s = (ICircularSeries<?>) chart.getSeriesSet().createSeries(SeriesType.DOUGHNUT, "ring");
                s.setSeries(ring.labels().toArray(String[]::new), ring.values());
                Color[] colors = new Color[ring.values().length];
                for (int i = 0; i < colors.length; i++) {
                    colors[i] = color(ring, i);
                }
                s.setColor(colors);
                s.setBorderColor(new Color(255, 255, 255));
                s.setBorderWidth(2);
            }
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    static Color color(StructureModel.Ring ring, int i) {
        int[] c = Palette.of(ring.keys().get(i));
        return new Color(c != null ? c[0] : Palette.source(i)[0], c != null ? c[1] : Palette.source(i)[1],
                c != null ? c[2] : Palette.source(i)[2]);
    }

    /** Both doughnuts side by side at width x height pixels, fonts scaled by dpi / 96. UI thread only. */
    public static void png(StructureModel.Structure model, Path file, int width, int height, int dpi) throws IOException {
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
            Chart left = create(shell);
            Chart right = create(shell);
            show(left, model.sources(), null);
            show(right, model.sinks(), null);
            FontData fd = display.getSystemFont().getFontData()[0];
            text = new Font(display, fd.getName(), (int) Math.round(fd.getHeight() * scale), SWT.NORMAL);
            title = new Font(display, fd.getName(), (int) Math.round(fd.getHeight() * scale * 1.1), SWT.BOLD);
            for (Chart c : new Chart[] { left, right }) {
                c.getTitle().setFont(title);
                c.getLegend().setFont(text);
            }
            image = new Image(display, width, height);
            GC gc = new GC(image);
            try {
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, width, height);
                // The heading spans both doughnuts; each chart gets the space below it.
                gc.setForeground(new Color(40, 40, 40));
                gc.setFont(title);
                int y = (int) Math.round(8 * scale);
                org.eclipse.swt.graphics.Point t = gc.textExtent(model.title());
                gc.drawText(model.title(), (width - t.x) / 2, y, true);
                y += t.y + (int) Math.round(4 * scale);
                gc.setFont(text);
                org.eclipse.swt.graphics.Point c = gc.textExtent(model.caption());
                gc.drawText(model.caption(), Math.max(0, (width - c.x) / 2), y, true);
                y += c.y + (int) Math.round(8 * scale);
                shell.setSize(width, height - y);
                shell.layout(true, true);
                left.updateLayout();
                right.updateLayout();
                // printChart draws at the origin of its GC: each chart into its own image, placed below the heading.
                place(display, gc, left, 0, y, width / 2, height - y);
                place(display, gc, right, width / 2, y, width - width / 2, height - y);
            } finally {
                gc.dispose();
            }
            ChartExport.savePng(image, file);
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

    private static void place(Display display, GC target, Chart chart, int x, int y, int w, int h) {
        Image part = new Image(display, w, h);
        GC gc = new GC(part);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, w, h);
            chart.printChart(gc, new Rectangle(0, 0, w, h));
        } finally {
            gc.dispose();
        }
        target.drawImage(part, x, y);
        part.dispose();
    }

    /** Both doughnuts as SVG (UTF-8, labels as text), width x height in CSS pixels. */
    public static void svg(StructureModel.Structure model, Path file, int width, int height) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", width, height, width, height));
        text(b, width / 2.0, 24, 16, "bold", model.title());
        text(b, width / 2.0, 44, 12, "normal", model.caption());
        ring(b, model.sources(), width * 0.25, height, width);
        ring(b, model.sinks(), width * 0.75, height, width);
        b.append("</svg>\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static void ring(StringBuilder b, StructureModel.Ring ring, double cx, int height, int width) {
        double r = Math.min(width / 4.0, height / 2.0) * 0.5;
        double inner = r * 0.55;
        double cy = 70 + r + 20;
        text(b, cx, 74, 13, "bold", ring.title());
        double sum = 0;
        for (double v : ring.values()) {
            sum += v;
        }
        double angle = -Math.PI / 2;
        for (int i = 0; i < ring.values().length; i++) {
            double sweep = sum == 0 ? 0 : ring.values()[i] / sum * 2 * Math.PI;
            Color c = color(ring, i);
            String fill = String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
            if (sweep >= 2 * Math.PI - 1e-9) {
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"none\" stroke=\"%s\" "
                        + "stroke-width=\"%.2f\"/>%n", cx, cy, (r + inner) / 2, fill, r - inner));
            } else {
                double a2 = angle + sweep;
                int large = sweep > Math.PI ? 1 : 0;
                b.append(String.format(Locale.ROOT, "<path d=\"M %.2f %.2f A %.2f %.2f 0 %d 1 %.2f %.2f L %.2f %.2f A %.2f %.2f 0 %d 0 %.2f %.2f Z\" "
                        + "fill=\"%s\" stroke=\"white\" stroke-width=\"2\"/>%n", cx + r * Math.cos(angle), cy + r * Math.sin(angle), r, r,
                        large, cx + r * Math.cos(a2), cy + r * Math.sin(a2), cx + inner * Math.cos(a2), cy + inner * Math.sin(a2), inner,
                        inner, large, cx + inner * Math.cos(angle), cy + inner * Math.sin(angle), fill));
            }
            angle += sweep;
            double ly = cy + r + 30 + i * 18;
            b.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"12\" height=\"12\" fill=\"%s\"/>%n", cx - r, ly - 10,
                    fill));
            b.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"12\">%s</text>%n", cx - r + 18, ly,
                    escape(ring.labels().get(i))));
        }
    }

    private static void text(StringBuilder b, double x, double y, int size, String weight, String s) {
        b.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%d\" font-weight=\"%s\" text-anchor=\"middle\">%s</text>%n",
                x, y, size, weight, escape(s)));
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
