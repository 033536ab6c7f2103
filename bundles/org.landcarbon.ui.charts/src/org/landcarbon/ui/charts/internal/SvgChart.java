package org.landcarbon.ui.charts.internal;

import java.util.Locale;

import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.charts.ChartSeries;

/** A chart model as SVG: the same layout as on screen (title, plot, axes with titles, legend below). */
public final class SvgChart {

    private SvgChart() {
    }

    public static String render(ChartModel m, int w, int h) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"Noto Sans CJK SC, Noto Sans, DejaVu Sans, sans-serif\" font-size=\"12\">\n",
                w, h, w, h, w, h));
        b.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", w, h));
        String[] caption = m.caption() == null ? new String[0] : m.caption().split("\n");
        int top = 40 + 16 * caption.length;
        text(b, w / 2.0, 22, m.title(), "middle", 15, "bold");
        for (int i = 0; i < caption.length; i++) {
            text(b, w / 2.0, 42 + 16 * i, caption[i], "middle", 12, "normal");
        }
        int rows = (m.series().size() + 3) / 4;
        double left = 80;
        double right = w - 20;
        double bottom = h - 50 - 20 * rows;
        double[] r = m.range();
        double[] ticks = ticks(r[0], r[1]);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        java.util.function.DoubleUnaryOperator y = v -> bottom - (v - lo) / (hi - lo) * (bottom - top);
        // grid and value axis
        for (double t : ticks) {
            double py = y.applyAsDouble(t);
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e1e1e1\"/>\n",
                    left, py, right, py));
            text(b, left - 6, py + 4, format(t), "end", 11, "normal");
        }
        b.append(String.format(Locale.ROOT,
                "<text transform=\"translate(18,%.1f) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">%s</text>\n",
                (top + bottom) / 2, esc(m.yTitle())));
        int n = m.categories().length;
        double slot = (right - left) / Math.max(1, n);
        double barWidth = slot * 0.6;
        int bars = 0;
        for (ChartSeries s : m.series()) {
            if (s.style() == ChartSeries.Style.BAR) {
                bars++;
            }
        }
        double[] up = new double[n];
        double[] down = new double[n];
        int iUp = 0;
        int iDown = 0;
        int iLine = 0;
        int iBar = 0;
        StringBuilder legend = new StringBuilder();
        int li = 0;
        for (ChartSeries s : m.series()) {
            int[] c;
            switch (s.style()) {
                case STACKED_UP, STACKED_DOWN, BAR -> {
                    boolean sink = s.style() == ChartSeries.Style.STACKED_DOWN;
                    c = sink ? Palette.sink(iDown++) : Palette.source(iUp++);
                    if (Palette.of(s.key()) != null) {
                        c = Palette.of(s.key());
                    }
                    for (int i = 0; i < n; i++) {
                        double v = i < s.values().length ? s.values()[i] : Double.NaN;
                        if (Double.isNaN(v)) {
                            continue;
                        }
                        double x0 = left + i * slot + (slot - barWidth) / 2;
                        double base;
                        double width = barWidth;
                        if (s.style() == ChartSeries.Style.BAR) {
                            width = barWidth / Math.max(1, bars);
                            x0 += iBar * width;
                            base = 0;
                        } else if (sink) {
                            base = down[i];
                            down[i] += v;
                        } else {
                            base = up[i];
                            up[i] += v;
                        }
                        double y0 = y.applyAsDouble(base);
                        double y1 = y.applyAsDouble(base + v);
                        b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                                x0, Math.min(y0, y1), width, Math.abs(y1 - y0), hex(c)));
                    }
                    if (s.style() == ChartSeries.Style.BAR) {
                        iBar++;
                    }
                }
                default -> {
                    c = s.style() == ChartSeries.Style.BAND ? Palette.BAND : Palette.line(iLine++);
                    StringBuilder path = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        double v = i < s.values().length ? s.values()[i] : Double.NaN;
                        if (Double.isNaN(v)) {
                            continue;
                        }
                        double px = left + (i + 0.5) * slot;
                        path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px, y.applyAsDouble(v)));
                        if (s.style() == ChartSeries.Style.LINE) {
                            b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n", px,
                                    y.applyAsDouble(v), hex(c)));
                        }
                    }
                    boolean band = s.style() == ChartSeries.Style.BAND;
                    b.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s/>\n", path,
                            hex(c), band ? "1" : "2", s.style() == ChartSeries.Style.DASHED_LINE ? " stroke-dasharray=\"6 4\""
                                    : band ? " stroke-dasharray=\"2 3\"" : ""));
                }
            }
            double lx = left + (li % 4) * (right - left) / 4;
            double ly = h - 20 * rows - 8 + (li / 4) * 20;
            legend.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>\n", lx, ly - 10, hex(c)));
            text(legend, lx + 18, ly, s.name(), "start", 12, "normal");
            li++;
        }
        // category axis
        double zero = y.applyAsDouble(Math.max(lo, Math.min(hi, 0)));
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\"/>\n", left, zero, right, zero));
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\"/>\n", left, (double) top, left, bottom));
        for (int i = 0; i < n; i++) {
            text(b, left + (i + 0.5) * slot, bottom + 16, m.categories()[i], "middle", 11, "normal");
        }
        text(b, (left + right) / 2, bottom + 34, m.xTitle(), "middle", 12, "normal");
        b.append(legend);
        b.append("</svg>\n");
        return b.toString();
    }

    /** Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten. */
    static double[] ticks(double lo, double hi) {
        if (hi <= lo) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3 ? 2 * mag : raw / mag < 7 ? 5 * mag : 10 * mag;
        double start = Math.floor(lo / step) * step;
        double end = Math.ceil(hi / step) * step;
        int count = (int) Math.round((end - start) / step) + 1;
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = start + i * step;
        }
        return t;
    }

    private static String format(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static void text(StringBuilder b, double x, double y, String s, String anchor, int size, String weight) {
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" font-weight=\"%s\">%s</text>\n",
                x, y, anchor, size, weight, esc(s)));
    }

    private static String hex(int[] c) {
        return String.format("#%02x%02x%02x", c[0], c[1], c[2]);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
