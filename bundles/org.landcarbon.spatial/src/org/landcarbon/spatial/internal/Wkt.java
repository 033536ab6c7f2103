package org.landcarbon.spatial.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.landcarbon.spatial.Crs;
import org.landcarbon.spatial.SpatialException;

/**
 * The CRS of a WKT 1 definition (.prj, OGC 01-009 and ESRI's dialect), since proj4j reads no WKT:
 * an EPSG AUTHORITY of the top element when present; otherwise GEOGCS on WGS84 or GRS80/CGCS2000,
 * or PROJCS with an Albers, Lambert conformal conic or transverse Mercator projection in metres.
 */
public final class Wkt {

    /** One WKT element: KEYWORD["text", child, number, ...]. */
    record Node(String key, List<Object> args) {
        Node child(String k) {
            for (Object o : args) {
                if (o instanceof Node n && n.key.equalsIgnoreCase(k)) {
                    return n;
                }
            }
            return null;
        }

        String text(int i) {
            return i < args.size() && args.get(i) instanceof String s ? s : null;
        }

        double num(int i) {
            return i < args.size() && args.get(i) instanceof Double d ? d : Double.NaN;
        }

        Double param(String... names) {
            for (Object o : args) {
                if (o instanceof Node n && n.key.equalsIgnoreCase("PARAMETER")) {
                    for (String name : names) {
                        if (name.equalsIgnoreCase(n.text(0))) {
                            return n.num(1);
                        }
                    }
                }
            }
            return null;
        }
    }

    private final String text, file;
    private int pos;

    private Wkt(String text, String file) {
        this.text = text;
        this.file = file;
    }

    public static Crs crs(String wkt, String file) {
        Node root;
        try {
            Wkt w = new Wkt(wkt.strip(), file);
            root = w.node();
        } catch (RuntimeException e) {
            throw e instanceof SpatialException ? e : new SpatialException(file + ": unreadable WKT: " + e.getMessage(), e);
        }
        Node auth = root.child("AUTHORITY");
        if (auth != null && "EPSG".equalsIgnoreCase(auth.text(0))) {
            return Crs.epsg(Integer.parseInt(auth.text(1).strip()));
        }
        switch (root.key.toUpperCase(Locale.ROOT)) {
            case "GEOGCS": {
                String e = ellipsoid(root, file);
                return e.equals("+datum=WGS84") ? Crs.WGS84 : Crs.proj4(name(root), "+proj=longlat " + e);
            }
            case "PROJCS":
                return projected(root, file);
            default:
                throw new SpatialException(file + ": the CRS is unknown: WKT element " + root.key + " (expected GEOGCS or PROJCS)");
        }
    }

    private static String name(Node n) {
        return n.text(0) == null ? n.key : n.text(0);
    }

    private static Crs projected(Node root, String file) {
        Node geog = root.child("GEOGCS");
        Node proj = root.child("PROJECTION");
        Node unit = root.child("UNIT");
        if (geog == null || proj == null) {
            throw new SpatialException(file + ": the CRS is unknown: PROJCS without GEOGCS or PROJECTION");
        }
        if (unit != null && Math.abs(unit.num(1) - 1.0) > 1e-12) {
            throw new SpatialException(file + ": projected CRS in " + unit.text(0) + "; only metres are supported");
        }
        String method = proj.text(0).toLowerCase(Locale.ROOT);
        double lat0 = val(root, "latitude_of_center", "latitude_of_origin");
        double lon0 = val(root, "longitude_of_center", "central_meridian");
        String common = String.format(Locale.ROOT, " +lat_0=%s +lon_0=%s +x_0=%s +y_0=%s %s +units=m", lat0, lon0,
                val(root, "false_easting"), val(root, "false_northing"), ellipsoid(geog, file));
        String params;
        if (method.startsWith("albers")) {
            params = String.format(Locale.ROOT, "+proj=aea +lat_1=%s +lat_2=%s", val(root, "standard_parallel_1"), val(root, "standard_parallel_2")) + common;
        } else if (method.startsWith("lambert_conformal_conic")) {
            params = String.format(Locale.ROOT, "+proj=lcc +lat_1=%s +lat_2=%s", val(root, "standard_parallel_1"), val(root, "standard_parallel_2")) + common;
        } else if (method.equals("transverse_mercator") || method.equals("gauss_kruger")) {
            Double k = root.param("scale_factor");
            params = String.format(Locale.ROOT, "+proj=tmerc +k_0=%s", k == null ? 1.0 : k) + common;
        } else {
            throw new SpatialException(file + ": the CRS is unknown: projection " + proj.text(0)
                    + " (supported: Albers, Lambert conformal conic, transverse Mercator, or an EPSG AUTHORITY)");
        }
        return Crs.proj4(name(root), params);
    }

    private static double val(Node root, String... names) {
        Double v = root.param(names);
        return v == null ? 0 : v;
    }

    private static String ellipsoid(Node geog, String file) {
        Node datum = geog.child("DATUM");
        Node sph = datum == null ? null : datum.child("SPHEROID");
        if (sph == null) {
            throw new SpatialException(file + ": the CRS is unknown: GEOGCS without DATUM/SPHEROID");
        }
        double a = sph.num(1), rf = sph.num(2);
        if (Math.abs(a - 6378137) < 1e-3 && Math.abs(rf - 298.257223563) < 1e-8) {
            return "+datum=WGS84";
        }
        if (Math.abs(a - 6378137) < 1e-3 && Math.abs(rf - 298.257222101) < 1e-8) {
            return "+ellps=GRS80 +towgs84=0,0,0"; // CGCS2000: GRS80, aligned with WGS84 to centimetres
        }
        throw new SpatialException(file + ": the CRS is unknown: datum " + datum.text(0) + " on ellipsoid a=" + a + ", 1/f=" + rf
                + " (supported: WGS84, CGCS2000/GRS80; other datums need their shift to WGS84)");
    }

    private Node node() {
        skip();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String key = text.substring(start, pos);
        skip();
        if (key.isEmpty() || pos >= text.length() || (text.charAt(pos) != '[' && text.charAt(pos) != '(')) {
            throw new SpatialException(file + ": unreadable WKT at character " + pos);
        }
        char close = text.charAt(pos) == '[' ? ']' : ')';
        pos++;
        List<Object> args = new ArrayList<>();
        while (true) {
            skip();
            if (pos >= text.length()) {
                throw new SpatialException(file + ": unreadable WKT: unclosed " + key);
            }
            char c = text.charAt(pos);
            if (c == close) {
                pos++;
                return new Node(key, args);
            }
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '"') {
                int end = text.indexOf('"', pos + 1);
                if (end < 0) {
                    throw new SpatialException(file + ": unreadable WKT: unclosed string at character " + pos);
                }
                args.add(text.substring(pos + 1, end));
                pos = end + 1;
            } else if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                int s = pos;
                while (pos < text.length() && "+-.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
                    pos++;
                }
                args.add(Double.parseDouble(text.substring(s, pos)));
            } else {
                int save = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                int after = pos;
                if (after == save) {
                    throw new SpatialException(file + ": unreadable WKT: unexpected '" + c + "' at character " + pos);
                }
                skip();
                if (pos < text.length() && (text.charAt(pos) == '[' || text.charAt(pos) == '(')) {
                    pos = save;
                    args.add(node());
                } else {
                    args.add(text.substring(save, after)); // a bare word, e.g. AXIS["Lat",NORTH]
                }
            }
        }
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
