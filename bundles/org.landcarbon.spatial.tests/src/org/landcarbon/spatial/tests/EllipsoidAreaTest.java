package org.landcarbon.spatial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.landcarbon.spatial.EllipsoidArea;

class EllipsoidAreaTest {

    private static final double A = 6378137.0, F = 1 / 298.257223563, E2 = F * (2 - F);

    /** The WGS84 ellipsoid's surface, 510,065,621.724 km2 (e.g. NIMA TR8350.2 derived constants), from the cell formula over the globe. */
    @Test
    void wholeEllipsoid() {
        assertEquals(510_065_621.724e6, EllipsoidArea.cellArea(-90, 90, 360), 1e3);
    }

    /** Against Simpson's rule on the area element M(phi) N(phi) cos(phi) dphi dlon, an independent method. */
    @Test
    void cellMatchesIntegralOfAreaElement() {
        for (double[] c : new double[][] { { 0, 1, 1 }, { 26.5, 26.5 + 0.000269494585236, 0.000269494585236 }, { 60, 60.25, 0.5 } }) {
            assertEquals(simpson(c[0], c[1], c[2]), EllipsoidArea.cellArea(c[0], c[1], c[2]), 1e-9 * simpson(c[0], c[1], c[2]));
        }
    }

    /** A CLCD pixel (0.000269494585236 deg) at 26.5N is about 802.18 m2, not 900: hand value from the closed form. */
    @Test
    void clcdPixelAtGuizhouLatitude() {
        double d = 0.000269494585236;
        assertEquals(802.185, EllipsoidArea.cellArea(26.5, 26.5 + d, d), 0.001);
        // a sphere of the authalic radius 6371007.2 m gives nearly the same value for so small a cell
        double rq = 6371007.2;
        double sphere = rq * rq * Math.toRadians(d) * (Math.sin(Math.toRadians(26.5 + d)) - Math.sin(Math.toRadians(26.5)));
        assertEquals(sphere, EllipsoidArea.cellArea(26.5, 26.5 + d, d), 0.01 * sphere);
    }

    private static double simpson(double lat1, double lat2, double dlon) {
        int n = 2000;
        double h = Math.toRadians(lat2 - lat1), sum = 0;
        for (int i = 0; i <= n; i++) {
            double phi = Math.toRadians(lat1) + h * i / n;
            double s = Math.sin(phi), w = 1 - E2 * s * s;
            double m = A * (1 - E2) / Math.pow(w, 1.5), nn = A / Math.sqrt(w);
            double f = m * nn * Math.cos(phi);
            sum += f * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return sum * h / n / 3 * Math.toRadians(dlon);
    }
}
