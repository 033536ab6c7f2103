package org.landcarbon.ui.map.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.widgets.Display;
import org.landcarbon.ui.map.MapPainter.Pen;

/** Draws with an SWT GC (screen and PNG); {@link #dispose()} frees its colours and fonts. */
public final class GcPen implements Pen, AutoCloseable {

    private final GC gc;
    private final Display display;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();

    public GcPen(GC gc, Display display) {
        this.gc = gc;
        this.display = display;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
    }

    private Color colour(int rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(display, c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff));
    }

    @Override
    public void polygon(double[][] rings, int fill, int stroke) {
        Path path = new Path(display);
        try {
            for (double[] r : rings) {
                path.moveTo((float) r[0], (float) r[1]);
                for (int i = 2; i < r.length; i += 2) {
                    path.lineTo((float) r[i], (float) r[i + 1]);
                }
                path.close();
            }
            gc.setFillRule(SWT.FILL_EVEN_ODD);
            gc.setBackground(colour(fill));
            gc.fillPath(path);
            gc.setForeground(colour(stroke));
            gc.setLineWidth(1);
            gc.drawPath(path);
        } finally {
            path.dispose();
        }
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill, int stroke) {
        gc.setBackground(colour(fill));
        gc.fillRectangle((int) Math.round(x), (int) Math.round(y), (int) Math.round(w), (int) Math.round(h));
        if (stroke >= 0) {
            gc.setForeground(colour(stroke));
            gc.setLineWidth(1);
            gc.drawRectangle((int) Math.round(x), (int) Math.round(y), (int) Math.round(w), (int) Math.round(h));
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int c, double width) {
        gc.setForeground(colour(c));
        gc.setLineWidth((int) Math.round(width));
        gc.drawLine((int) Math.round(x1), (int) Math.round(y1), (int) Math.round(x2), (int) Math.round(y2));
        gc.setLineWidth(1);
    }

    @Override
    public void text(String s, double x, double y, double size, boolean bold) {
        // SWT font heights are points: 96 dpi pixels x 0.75
        int points = Math.max(4, (int) Math.round(size * 0.75));
        Font f = fonts.computeIfAbsent(points + (bold ? "b" : ""), k -> {
            FontData fd = display.getSystemFont().getFontData()[0];
            return new Font(display, fd.getName(), points, bold ? SWT.BOLD : SWT.NORMAL);
        });
        gc.setFont(f);
        gc.setForeground(colour(0x000000));
        int ascent = gc.getFontMetrics().getAscent();
        gc.drawText(s, (int) Math.round(x), (int) Math.round(y) - ascent, true);
    }

    @Override
    public void triangle(double x1, double y1, double x2, double y2, double x3, double y3, int fill) {
        gc.setBackground(colour(fill));
        gc.fillPolygon(new int[] {(int) Math.round(x1), (int) Math.round(y1), (int) Math.round(x2), (int) Math.round(y2), (int) Math.round(x3),
                (int) Math.round(y3)});
    }

    @Override
    public void close() {
        colours.values().forEach(Color::dispose);
        fonts.values().forEach(Font::dispose);
    }
}
