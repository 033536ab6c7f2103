package org.landcarbon.spatial.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.landcarbon.spatial.Crs;
import org.landcarbon.spatial.SpatialException;

/**
 * The CRS of a GeoTIFF from its GeoKey directory (tags 34735-34737, GeoTIFF 1.1, OGC 19-008r4):
 * an EPSG code (GeographicTypeGeoKey 2048, ProjectedCSTypeGeoKey 3072), or a user-defined
 * Albers, Lambert conformal conic or transverse Mercator on WGS84/CGCS2000/GRS80.
 */
public final class GeoKeys {

    static final int MODEL_TYPE = 1024, RASTER_TYPE = 1025, GEOGRAPHIC_TYPE = 2048, GEODETIC_DATUM = 2050,
            GEOG_ELLIPSOID = 2056, PROJECTED_TYPE = 3072, PROJ_COORD_TRANS = 3075, PROJ_LINEAR_UNITS = 3076,
            STD_PARALLEL1 = 3078, STD_PARALLEL2 = 3079, NAT_ORIGIN_LONG = 3080, NAT_ORIGIN_LAT = 3081,
            FALSE_EASTING = 3082, FALSE_NORTHING = 3083, FALSE_ORIGIN_LONG = 3084, FALSE_ORIGIN_LAT = 3085,
            FALSE_ORIGIN_EASTING = 3086, FALSE_ORIGIN_NORTHING = 3087, CENTER_LONG = 3088, CENTER_LAT = 3089,
            SCALE_AT_NAT_ORIGIN = 3092;
    static final int USER_DEFINED = 32767;

    private final Map<Integer, Object> keys = new HashMap<>();

    private GeoKeys() {
    }

    public static GeoKeys parse(long[] dir, double[] doubles, String ascii, String file) {
        GeoKeys g = new GeoKeys();
        if (dir == null || dir.length < 4) {
            throw new SpatialException(file + ": no GeoKey directory (tag 34735): the raster's CRS is unknown");
        }
        int n = (int) dir[3];
        if (dir.length < 4 + 4L * n) {
            throw new SpatialException(file + ": the GeoKey directory is truncated (" + n + " keys announced)");
        }
        for (int i = 0; i < n; i++) {
            int id = (int) dir[4 + 4 * i], loc = (int) dir[5 + 4 * i], count = (int) dir[6 + 4 * i];
            long off = dir[7 + 4 * i];
            if (loc == 0) {
                g.keys.put(id, off);
            } else if (loc == 34736 && doubles != null && off + count <= doubles.length) {
                g.keys.put(id, doubles[(int) off]);
            } else if (loc == 34737 && ascii != null && off + count <= ascii.length()) {
                g.keys.put(id, ascii.substring((int) off, (int) (off + count)).replace("|", " ").strip());
            }
        }
        return g;
    }

    /** True when GTRasterTypeGeoKey says PixelIsPoint (the tiepoint is a pixel centre). */
    public boolean pixelIsPoint() {
        return longKey(RASTER_TYPE, 1) == 2;
    }

    public Crs crs(String file) {
        long model = longKey(MODEL_TYPE, 0);
        long projected = longKey(PROJECTED_TYPE, 0);
        long geographic = longKey(GEOGRAPHIC_TYPE, 0);
        if (model == 1 || (model == 0 && projected != 0)) {
            if (projected != 0 && projected != USER_DEFINED) {
                return Crs.epsg((int) projected);
            }
            return userProjected(file);
        }
        if (model == 2 || (model == 0 && geographic != 0)) {
            if (geographic != 0 && geographic != USER_DEFINED) {
                return Crs.epsg((int) geographic);
            }
            String ellps = ellipsoid(file);
            return Crs.proj4("user-defined geographic", "+proj=longlat " + ellps);
        }
        throw new SpatialException(file + ": the raster's CRS is unknown (GTModelTypeGeoKey " + model
                + ", no EPSG code in GeographicTypeGeoKey or ProjectedCSTypeGeoKey)");
    }

    private Crs userProjected(String file) {
        long units = longKey(PROJ_LINEAR_UNITS, 9001);
        if (units != 9001) {
            throw new SpatialException(file + ": projected CRS with linear unit EPSG:" + units + "; only metres (9001) are supported");
        }
        long method = longKey(PROJ_COORD_TRANS, 0);
        String ellps = ellipsoid(file);
        double lon0 = first(NAT_ORIGIN_LONG, FALSE_ORIGIN_LONG, CENTER_LONG);
        double lat0 = first(NAT_ORIGIN_LAT, FALSE_ORIGIN_LAT, CENTER_LAT);
        double fe = first(FALSE_EASTING, FALSE_ORIGIN_EASTING, -1);
        double fn = first(FALSE_NORTHING, FALSE_ORIGIN_NORTHING, -1);
        String common = String.format(Locale.ROOT, " +lat_0=%s +lon_0=%s +x_0=%s +y_0=%s %s +units=m", lat0, lon0, fe, fn, ellps);
        String params = switch ((int) method) {
            case 11 -> String.format(Locale.ROOT, "+proj=aea +lat_1=%s +lat_2=%s", dbl(STD_PARALLEL1), dbl(STD_PARALLEL2)) + common;
            case 8 -> String.format(Locale.ROOT, "+proj=lcc +lat_1=%s +lat_2=%s", dbl(STD_PARALLEL1), dbl(STD_PARALLEL2)) + common;
            case 1 -> String.format(Locale.ROOT, "+proj=tmerc +k_0=%s", keys.containsKey(SCALE_AT_NAT_ORIGIN) ? dbl(SCALE_AT_NAT_ORIGIN) : 1.0) + common;
            default -> throw new SpatialException(file + ": the raster's CRS is unknown: user-defined projection with "
                    + "ProjCoordTransGeoKey " + method + " (supported: 11 Albers, 8 Lambert conformal conic, 1 transverse Mercator)");
        };
        return Crs.proj4("user-defined projected", params);
    }

    private String ellipsoid(String file) {
        long datum = longKey(GEODETIC_DATUM, 0);
        long geographic = longKey(GEOGRAPHIC_TYPE, 0);
        long ellipsoid = longKey(GEOG_ELLIPSOID, 0);
        if (datum == 6326 || geographic == 4326 || ellipsoid == 7030) {
            return "+datum=WGS84";
        }
        // CGCS2000 (datum 1043, GCS 4490) and GRS80 (ellipsoid 7019): differ from WGS84 by centimetres.
        if (datum == 1043 || geographic == 4490 || ellipsoid == 7019) {
            return "+ellps=GRS80 +towgs84=0,0,0";
        }
        if (geographic != 0 && geographic != USER_DEFINED) {
            return Crs.epsg((int) geographic).parameters();
        }
        throw new SpatialException(file + ": the raster's CRS is unknown: user-defined datum " + datum + ", ellipsoid " + ellipsoid
                + " (supported: WGS84, CGCS2000/GRS80, or an EPSG geographic CRS)");
    }

    private double first(int a, int b, int c) {
        for (int k : new int[] { a, b, c }) {
            if (keys.get(k) instanceof Double d) {
                return d;
            }
        }
        return 0;
    }

    private double dbl(int key) {
        return keys.get(key) instanceof Double d ? d : 0;
    }

    private long longKey(int key, long dflt) {
        return keys.get(key) instanceof Long l ? l : dflt;
    }
}
