package org.landcarbon.ui.scenarios.internal;

import java.util.Locale;

/**
 * The net emission paths as SVG for a paper: lines, peak diamonds with their text, axes with
 * titles and units, the legend below. Text stays text (Chinese labels included), sizes in CSS pixels.
 */
final class NetPathsSvg {

    private NetPathsSvg() {
    }

    static String render(NetPaths m, int width, int height) {
        int left = 80;
        int right = 30;
        int top = 50;
        int legendRows = (m.paths().size() + 1) / 2 + (m.bandLegend() == null ? 0 : 1);
        int bottom = 60 + 20 * legendRows;
        double plotW = width - left - right;
        double plotH = height - top - bottom;
        double[] b = m.bounds();
        double lo = b[0] - (b[0] < 0 ? (b[1] - b[0]) * 0.08 : 0);
        double hi = b[1] + (b[1] - b[0]) * 0.08;
        double x0 = b[2] - 1;
        double x1 = b[3] + 1;
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\" font-size=\"12\">\n", width, height, width, height));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", width, height));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"28\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">%s</text>\n",
                width / 2, esc(org.landcarbon.model.units.UnitText.unicode(m.title()))));
        // y grid and ticks
        double step = niceStep((hi - lo) / 6);
        for (double v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) {
            double y = top + plotH - (v - lo) / (hi - lo) * plotH;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e1e1e1\"/>\n", left, y, left + plotW, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", left - 6, y + 4,
                    Format.number(v, step < 1 ? 2 : 0)));
        }
        double xstep = niceStep((x1 - x0) / 10);
        for (double v = Math.ceil(x0 / xstep) * xstep; v <= x1; v += xstep) {
            double x = left + (v - x0) / (x1 - x0) * plotW;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>\n", x, top + plotH, x,
                    top + plotH + 5));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>\n", x, top + plotH + 18, (long) v));
        }
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#333\"/>\n", left, top,
                plotW, plotH));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n", left + plotW / 2, top + plotH + 38,
                esc(m.xTitle())));
        s.append(String.format(Locale.ROOT, "<text transform=\"translate(18 %.1f) rotate(-90)\" text-anchor=\"middle\">%s</text>\n",
                top + plotH / 2, esc(org.landcarbon.model.units.UnitText.unicode(m.yTitle()))));
        if (m.projectedFrom() > 0) {
            double bx = left + (m.projectedFrom() - 0.5 - x0) / (x1 - x0) * plotW;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#969696\" stroke-dasharray=\"2 3\"/>\n",
                    bx, top, bx, top + plotH));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#969696\">%s</text>\n", bx + 4, top + 14, esc(m.projectedText())));
        }
        int i = 0;
        for (NetPaths.Path p : m.paths()) {
            String color = Colors.hex(p.rgb());
            StringBuilder pts = new StringBuilder();
            for (int j = 0; j < p.years().length; j++) {
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + (p.years()[j] - x0) / (x1 - x0) * plotW,
                        top + plotH - (p.values()[j] - lo) / (hi - lo) * plotH));
            }
            s.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\" points=\"").append(pts.toString().trim())
                    .append("\"/>\n");
            if (p.banded()) {
                for (double[] edge : new double[][] { p.low(), p.high() }) {
                    StringBuilder e = new StringBuilder();
                    for (int j = 0; j < p.years().length; j++) {
                        if (!Double.isNaN(edge[j])) {
                            e.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + (p.years()[j] - x0) / (x1 - x0) * plotW,
                                    top + plotH - (edge[j] - lo) / (hi - lo) * plotH));
                        }
                    }
                    s.append("<polyline class=\"band\" fill=\"none\" stroke=\"").append(color)
                            .append("\" stroke-width=\"1\" stroke-dasharray=\"2 3\" points=\"").append(e.toString().trim()).append("\"/>\n");
                }
            }
            if (p.peaked()) {
                double px = left + (p.peakYear() - x0) / (x1 - x0) * plotW;
                double py = top + plotH - (p.peakValue() - lo) / (hi - lo) * plotH;
                s.append(String.format(Locale.ROOT, "<path d=\"M %.1f %.1f l 6 6 l -6 6 l -6 -6 z\" fill=\"%s\"/>\n", px, py - 6, color));
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">%s</text>\n", px, py + 22, color,
                        esc(p.peakText())));
            }
            double lx = left + (i % 2) * plotW / 2;
            double ly = top + plotH + 58 + 20 * (i / 2);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"/>\n", lx,
                    ly - 4, lx + 24, ly - 4, color));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>\n", lx + 30, ly, esc(p.legend())));
            i++;
        }
        if (m.bandLegend() != null) {
            double ly = top + plotH + 58 + 20 * ((m.paths().size() + 1) / 2);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#555\" stroke-dasharray=\"2 3\"/>\n",
                    left, ly - 4, left + 24, ly - 4));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">%s</text>\n", left + 30, ly, esc(m.bandLegend())));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] { 1, 2, 5, 10 }) {
            if (f * p >= raw) {
                return f * p;
            }
        }
        return 10 * p;
    }

    private static String esc(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
