package org.landcarbon.ui.map.internal;

import java.util.Locale;

import org.landcarbon.ui.map.MapPainter.Pen;

/** Writes SVG 1.1 elements for the painter's calls. */
public final class SvgPen implements Pen {

    private final StringBuilder sb = new StringBuilder();

    public SvgPen(int width, int height) {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\">\n");
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    @Override
    public void polygon(double[][] rings, int fill, int stroke) {
        sb.append("<path fill-rule=\"evenodd\" fill=\"").append(hex(fill)).append("\" stroke=\"").append(hex(stroke)).append("\" d=\"");
        for (double[] r : rings) {
            sb.append('M').append(n(r[0])).append(',').append(n(r[1]));
            for (int i = 2; i < r.length; i += 2) {
                sb.append('L').append(n(r[i])).append(',').append(n(r[i + 1]));
            }
            sb.append('Z');
        }
        sb.append("\"/>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, int fill, int stroke) {
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w)).append("\" height=\"")
                .append(n(h)).append("\" fill=\"").append(hex(fill)).append('"')
                .append(stroke >= 0 ? " stroke=\"" + hex(stroke) + "\"" : "").append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int colour, double width) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"")
                .append(n(y2)).append("\" stroke=\"").append(hex(colour)).append("\" stroke-width=\"").append(n(width)).append("\"/>\n");
    }

    @Override
    public void text(String s, double x, double y, double size, boolean bold) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size)).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(s)).append("</text>\n");
    }

    @Override
    public void triangle(double x1, double y1, double x2, double y2, double x3, double y3, int fill) {
        sb.append("<polygon points=\"").append(n(x1)).append(',').append(n(y1)).append(' ').append(n(x2)).append(',').append(n(y2)).append(' ')
                .append(n(x3)).append(',').append(n(y3)).append("\" fill=\"").append(hex(fill)).append("\"/>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public String document() {
        return sb + "</svg>\n";
    }
}
