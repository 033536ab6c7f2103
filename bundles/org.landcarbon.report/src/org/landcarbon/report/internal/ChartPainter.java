package org.landcarbon.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

/**
 * Draws a report figure with Java2D into a PNG at a given dpi, without a display (the command line runs
 * headless, where SWT's off-screen export cannot draw): stacked bars (positive up, negative down) and lines
 * over integer years, axis titles, a legend below. Sizes are in points (1/72 in) and scale with the dpi.
 */
final class ChartPainter {

    /** One series: bars stack; lines are drawn over them (dashed when asked). NaN = no value. */
    record Series(String name, double[] values, boolean bar, boolean dashed) {
    }

    /** The product's palette (as ui.charts' Palette: colour-blind safe, Okabe-Ito). */
    private static final Color[] PALETTE = { new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x999999), new Color(0x000000) };

    private final int[] years;
    private final List<Series> series = new ArrayList<>();
    private final String xTitle;
    private final String yTitle;

    ChartPainter(int[] years, String xTitle, String yTitle) {
        this.years = years.clone();
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    ChartPainter add(Series s) {
        if (s.values().length != years.length) {
            throw new IllegalArgumentException(s.name() + ": " + s.values().length + " values for " + years.length + " years");
        }
        series.add(s);
        return this;
    }

    /** PNG bytes of a {@code widthPt} x {@code heightPt} figure at {@code dpi}, the dpi written into the file (pHYs). */
    byte[] png(double widthPt, double heightPt, int dpi) {
        double scale = dpi / 72.0;
        int w = (int) Math.round(widthPt * scale);
        int h = (int) Math.round(heightPt * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            paint(g, widthPt, heightPt);
        } finally {
            g.dispose();
        }
        return encode(image, dpi);
    }

    private void paint(Graphics2D g, double width, double height) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double[] range = range();
        List<Double> ticks = ticks(range[0], range[1]);
        String widest = ticks.stream().map(ChartPainter::tick).reduce("", (a, b) -> fm.stringWidth(a) >= fm.stringWidth(b) ? a : b);
        int legendRows = (int) Math.ceil(series.size() / 3.0);
        double left = 8 + fm.getHeight() + 4 + fm.stringWidth(widest) + 6;
        double right = 10;
        double top = 8;
        double bottom = 4 + fm.getHeight() + 8 + fm.getHeight() + 8 + legendRows * (fm.getHeight() + 2);
        Rectangle2D plot = new Rectangle2D.Double(left, top, width - left - right, height - top - bottom);
        double lo = ticks.get(0);
        double hi = ticks.get(ticks.size() - 1);
        double slot = plot.getWidth() / years.length;
        java.util.function.DoubleUnaryOperator yOf = v -> plot.getMaxY() - (v - lo) / (hi - lo) * plot.getHeight();
        java.util.function.IntToDoubleFunction xOf = i -> plot.getX() + slot * (i + 0.5);

        g.setStroke(new BasicStroke(0.4f));
        for (double t : ticks) {
            double y = yOf.applyAsDouble(t);
            g.setColor(t == 0 ? Color.DARK_GRAY : new Color(0xDDDDDD));
            g.draw(new Line2D.Double(plot.getX(), y, plot.getMaxX(), y));
            g.setColor(Color.BLACK);
            String s = tick(t);
            g.drawString(s, (float) (plot.getX() - 4 - fm.stringWidth(s)), (float) (y + fm.getAscent() / 2.0 - 1));
        }
        // integer year ticks only, thinned so that labels never overlap
        int every = 1;
        int labelWidth = fm.stringWidth("0000") + 6;
        while (slot * every < labelWidth) {
            every++;
        }
        for (int i = 0; i < years.length; i += every) {
            String s = Integer.toString(years[i]);
            double x = xOf.applyAsDouble(i);
            g.draw(new Line2D.Double(x, plot.getMaxY(), x, plot.getMaxY() + 2));
            g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), (float) (plot.getMaxY() + 4 + fm.getAscent()));
        }
        g.setColor(Color.BLACK);
        g.draw(plot);

        List<Series> bars = series.stream().filter(Series::bar).toList();
        double barWidth = slot * 0.7;
        for (int i = 0; i < years.length; i++) {
            double up = 0;
            double down = 0;
            for (Series s : bars) {
                double v = s.values()[i];
                if (Double.isNaN(v) || v == 0) {
                    continue;
                }
                double from = v > 0 ? up : down;
                double to = from + v;
                if (v > 0) {
                    up = to;
                } else {
                    down = to;
                }
                double y1 = yOf.applyAsDouble(Math.max(from, to));
                double y2 = yOf.applyAsDouble(Math.min(from, to));
                g.setColor(color(s));
                g.fill(new Rectangle2D.Double(xOf.applyAsDouble(i) - barWidth / 2, y1, barWidth, y2 - y1));
            }
        }
        for (Series s : series) {
            if (s.bar()) {
                continue;
            }
            g.setColor(color(s));
            g.setStroke(s.dashed() ? new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] { 4f, 2.5f }, 0f)
                    : new BasicStroke(1.4f));
            Path2D path = new Path2D.Double();
            boolean pen = false;
            for (int i = 0; i < years.length; i++) {
                double v = s.values()[i];
                if (Double.isNaN(v)) {
                    pen = false;
                    continue;
                }
                double x = xOf.applyAsDouble(i);
                double y = yOf.applyAsDouble(v);
                if (pen) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    pen = true;
                }
                g.fill(new java.awt.geom.Ellipse2D.Double(x - 1.3, y - 1.3, 2.6, 2.6));
            }
            g.draw(path);
        }

        g.setColor(Color.BLACK);
        double xTitleY = plot.getMaxY() + 4 + fm.getHeight() + 6 + fm.getAscent();
        g.drawString(xTitle, (float) (plot.getCenterX() - fm.stringWidth(xTitle) / 2.0), (float) xTitleY);
        AffineTransform saved = g.getTransform();
        g.translate(8 + fm.getAscent(), plot.getCenterY() + fm.stringWidth(yTitle) / 2.0);
        g.rotate(-Math.PI / 2);
        g.drawString(yTitle, 0, 0);
        g.setTransform(saved);

        double legendTop = xTitleY + 8;
        double column = plot.getWidth() / 3;
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            double x = plot.getX() + (k % 3) * column;
            double y = legendTop + (k / 3) * (fm.getHeight() + 2);
            g.setColor(color(s));
            if (s.bar()) {
                g.fill(new Rectangle2D.Double(x, y - fm.getAscent() + 1, 10, fm.getAscent() - 2));
            } else {
                g.setStroke(new BasicStroke(1.4f));
                g.draw(new Line2D.Double(x, y - fm.getAscent() / 2.0, x + 10, y - fm.getAscent() / 2.0));
            }
            g.setColor(Color.BLACK);
            g.drawString(s.name(), (float) (x + 14), (float) y);
        }
    }

    private Color color(Series s) {
        return PALETTE[series.indexOf(s) % PALETTE.length];
    }

    /** Lowest and highest value drawn: stacked bar ends and line points, always including 0. */
    private double[] range() {
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < years.length; i++) {
            double up = 0;
            double down = 0;
            for (Series s : series) {
                double v = s.values()[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                if (s.bar()) {
                    if (v > 0) {
                        up += v;
                    } else {
                        down += v;
                    }
                } else {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            lo = Math.min(lo, down);
            hi = Math.max(hi, up);
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        return new double[] { lo, hi };
    }

    /** Round tick values (1, 2 or 5 x 10^k) covering the range in about six steps. */
    static List<Double> ticks(double lo, double hi) {
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag <= 1 ? mag : raw / mag <= 2 ? 2 * mag : raw / mag <= 5 ? 5 * mag : 10 * mag;
        List<Double> out = new ArrayList<>();
        for (double t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        if (out.get(out.size() - 1) < hi) {
            out.add(out.get(out.size() - 1) + step);
        }
        return out;
    }

    private static String tick(double v) {
        return v == Math.rint(v) ? Long.toString(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    private static byte[] encode(BufferedImage image, int dpi) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            String pixelsPerMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
            phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(new IIOImage(image, null, meta));
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
