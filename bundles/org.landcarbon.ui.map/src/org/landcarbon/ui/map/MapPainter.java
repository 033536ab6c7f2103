package org.landcarbon.ui.map;

import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Lays out and draws a {@link MapModel}: the polygons filled by class, the title, the legend (one box per class
 * with its limits, and "no value"), a scale bar and a north arrow. The same code draws on screen, into a PNG
 * and into an SVG through a {@link Pen}. Geographic boundaries are drawn equirectangular at the central
 * latitude (x = lon cos(lat0)): north is up and the scale bar holds along the central latitude.
 */
public final class MapPainter {

    /** What the painter draws with; coordinates in pixels, y down, colours 0xRRGGBB. */
    public interface Pen {
        /** One polygon with holes: each ring a closed list x0,y0,x1,y1,... ; filled even-odd. */
        void polygon(double[][] rings, int fill, int stroke);

        void rect(double x, double y, double w, double h, int fill, int stroke);

        void line(double x1, double y1, double x2, double y2, int colour, double width);

        /** Text with its baseline at y; size in pixels. */
        void text(String s, double x, double y, double size, boolean bold);

        /** Filled triangle (the north arrow's head). */
        void triangle(double x1, double y1, double x2, double y2, double x3, double y3, int fill);
    }

    private MapPainter() {
    }

    /** Draws the map into a width x height area; {@code scale} multiplies text sizes (1 = 96 dpi). */
    public static void paint(MapModel map, Pen pen, int width, int height, double scale) {
        double font = 12 * scale;
        double legendWidth = 210 * scale;
        double margin = 12 * scale;
        pen.rect(0, 0, width, height, 0xffffff, -1);
        pen.text(org.landcarbon.model.units.UnitText.unicode(map.title()), margin, margin + font * 1.2, font * 1.25, true);
        double top = margin + font * 2.4;
        double frameW = Math.max(10, width - legendWidth - 3 * margin);
        double frameH = Math.max(10, height - top - margin - font * 3);
        Envelope e = map.extent();
        if (e.isNull()) {
            pen.text("no regions", margin, top + font, font, false);
            return;
        }
        boolean geographic = map.crs() != null && map.crs().geographic();
        double lat0 = (e.getMinY() + e.getMaxY()) / 2;
        double kx = geographic ? Math.cos(Math.toRadians(lat0)) : 1;
        double spanX = Math.max(e.getWidth() * kx, 1e-12);
        double spanY = Math.max(e.getHeight(), 1e-12);
        double s = Math.min(frameW / spanX, frameH / spanY); // pixels per map unit
        double offX = margin + (frameW - spanX * s) / 2;
        double offY = top + (frameH - spanY * s) / 2;
        for (MapModel.Entry r : map.regions()) {
            int fill = map.fill(r);
            Geometry g = r.geometry();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                Polygon poly = (Polygon) g.getGeometryN(p);
                double[][] rings = new double[1 + poly.getNumInteriorRing()][];
                for (int k = 0; k < rings.length; k++) {
                    Coordinate[] c = (k == 0 ? poly.getExteriorRing() : poly.getInteriorRingN(k - 1)).getCoordinates();
                    double[] xy = new double[c.length * 2];
                    for (int i = 0; i < c.length; i++) {
                        xy[2 * i] = offX + (c[i].x - e.getMinX()) * kx * s;
                        xy[2 * i + 1] = offY + (e.getMaxY() - c[i].y) * s;
                    }
                    rings[k] = xy;
                }
                pen.polygon(rings, fill, 0x404040);
            }
        }
        // scale bar: a round length near a quarter of the frame, in km
        double kmPerUnit = geographic ? 111.132954 - 0.559822 * Math.cos(Math.toRadians(2 * lat0)) : 0.001;
        double kmPerPixel = kmPerUnit / s;
        double km = nice(kmPerPixel * frameW / 4);
        double barPx = km / kmPerPixel;
        double bx = margin;
        double by = top + frameH + font * 1.5;
        pen.rect(bx, by, barPx / 2, font * 0.4, 0x000000, 0x000000);
        pen.rect(bx + barPx / 2, by, barPx / 2, font * 0.4, 0xffffff, 0x000000);
        pen.text("0", bx, by + font * 1.5, font * 0.9, false);
        pen.text(number(km) + " km", bx + barPx - font, by + font * 1.5, font * 0.9, false);
        // north arrow at the frame's top right
        double nx = margin + frameW - font * 1.5;
        double ny = top + font * 1.8;
        pen.triangle(nx, ny - font * 1.6, nx - font * 0.6, ny, nx + font * 0.6, ny, 0x000000);
        pen.line(nx, ny, nx, ny + font * 1.2, 0x000000, Math.max(1, scale * 1.5));
        pen.text("N", nx - font * 0.4, ny - font * 1.9, font, true);
        // legend
        double lx = margin * 2 + frameW;
        double ly = top + font;
        if (map.lisa() != null) {
            lisaLegend(map, pen, lx, ly, font);
            return;
        }
        pen.text(map.unit() == null ? "Legend" : org.landcarbon.model.units.UnitText.unicode(map.unit()), lx, ly, font, true);
        ly += font * 0.8;
        double[] b = map.breaks();
        String[] limits = limits(b);
        for (int k = 0; k + 1 < b.length; k++) {
            pen.rect(lx, ly, font * 1.6, font * 1.1, MapModel.COLOURS[k], 0x404040);
            pen.text(limits[k] + " - " + limits[k + 1], lx + font * 2.2, ly + font * 0.95, font * 0.95, false);
            ly += font * 1.6;
        }
        if (map.regions().stream().anyMatch(r -> r.value() == null)) {
            pen.rect(lx, ly, font * 1.6, font * 1.1, MapModel.NO_VALUE, 0x404040);
            pen.text("no value", lx + font * 2.2, ly + font * 0.95, font * 0.95, false);
            ly += font * 1.6;
        }
        pen.text("quantile classes, " + map.regions().size() + " regions", lx, ly + font * 0.6, font * 0.8, false);
    }

    // One box per cluster kind (the island kind only when there is one), "no value", then the weights and test settings.
    private static void lisaLegend(MapModel map, Pen pen, double lx, double ly, double font) {
        LisaLayer lisa = map.lisa();
        pen.text("LISA cluster", lx, ly, font, true);
        ly += font * 0.8;
        for (LisaLayer.Kind k : LisaLayer.KINDS) {
            long n = lisa.cluster().values().stream().filter(k.key()::equals).count();
            if (k.key().equals(LisaLayer.ISLAND) && n == 0) {
                continue;
            }
            pen.rect(lx, ly, font * 1.6, font * 1.1, k.colour(), 0x404040);
            pen.text(k.label() + " (" + n + ")", lx + font * 2.2, ly + font * 0.95, font * 0.95, false);
            ly += font * 1.6;
        }
        if (map.regions().stream().anyMatch(r -> !lisa.cluster().containsKey(r.code()))) {
            pen.rect(lx, ly, font * 1.6, font * 1.1, MapModel.NO_VALUE, 0x404040);
            pen.text("no value", lx + font * 2.2, ly + font * 0.95, font * 0.95, false);
            ly += font * 1.6;
        }
        ly += font * 0.6;
        for (String line : lisa.describe()) {
            pen.text(line, lx, ly, font * 0.8, false);
            ly += font * 1.2;
        }
        pen.text("spatial.moran, " + lisa.cluster().size() + " regions", lx, ly, font * 0.8, false);
    }

    /** The class limits with as many decimals as it takes to tell neighbouring limits apart (at most 12). */
    public static String[] limits(double[] b) {
        double top = java.util.Arrays.stream(b).map(Math::abs).max().orElse(0);
        int start = top >= 100 ? 1 : top >= 1 ? 2 : 3;
        for (int d = start;; d++) {
            String[] out = new String[b.length];
            boolean distinct = true;
            for (int k = 0; k < b.length; k++) {
                out[k] = String.format(Locale.ROOT, "%." + d + "f", b[k]);
                distinct &= k == 0 || b[k] == b[k - 1] || !out[k].equals(out[k - 1]);
            }
            if (distinct || d >= 12) {
                return out;
            }
        }
    }

    /** 1, 2 or 5 x 10^k at most x. */
    static double nice(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        double m = x / p;
        return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
    }

    static String number(double v) {
        double a = Math.abs(v);
        String s = a == 0 ? "0" : a >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : a >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : a >= 0.01 ? String.format(Locale.ROOT, "%.3f", v) : String.format(Locale.ROOT, "%.3g", v);
        return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
