package org.landcarbon.spatial;

/**
 * Areas on the WGS84 ellipsoid. The area of the cell between latitudes phi1 and phi2 and a
 * longitude width dlon is {@code a^2 * dlon * (q(phi2) - q(phi1)) / 2}, with
 * {@code q(phi) = (1-e^2) [sin(phi)/(1-e^2 sin^2(phi)) - 1/(2e) ln((1-e sin(phi))/(1+e sin(phi)))]}
 * (Snyder, J.P. 1987, Map Projections - A Working Manual, USGS Professional Paper 1395, eq. 3-12;
 * q(phi)/q(90 deg) is the sine of the authalic latitude, eq. 3-11, and a^2 q_p / 2 the squared
 * authalic radius, eq. 3-13).
 */
public final class EllipsoidArea {

    /** WGS84 semi-major axis in metres. */
    public static final double A = 6_378_137.0;
    /** WGS84 flattening. */
    public static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);

    private EllipsoidArea() {
    }

    /** Snyder's q for a latitude in degrees. */
    public static double q(double latDeg) {
        double s = Math.sin(Math.toRadians(latDeg));
        return (1 - E2) * (s / (1 - E2 * s * s) - 1 / (2 * E) * Math.log((1 - E * s) / (1 + E * s)));
    }

    /** Area in m2 of the cell between two latitudes (degrees, either order) and a longitude width in degrees. */
    public static double cellArea(double lat1Deg, double lat2Deg, double dlonDeg) {
        return Math.abs(A * A * Math.toRadians(dlonDeg) * (q(lat2Deg) - q(lat1Deg)) / 2);
    }
}
