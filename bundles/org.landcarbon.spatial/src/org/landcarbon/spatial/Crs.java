package org.landcarbon.spatial;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.Proj4jException;

/** A coordinate reference system: an EPSG code or proj4 parameters, backed by proj4j. */
public final class Crs {

    private static final CRSFactory FACTORY = new CRSFactory();

    /** EPSG:4326, WGS84 longitude/latitude in degrees (GeoJSON's CRS). */
    public static final Crs WGS84 = new Crs("EPSG:4326", 4326,
            FACTORY.createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs"));

    private final String label;
    private final int epsg;
    private final CoordinateReferenceSystem crs;

    private Crs(String label, int epsg, CoordinateReferenceSystem crs) {
        this.label = label;
        this.epsg = epsg;
        this.crs = crs;
    }

    /** The CRS of an EPSG code from proj4j's EPSG database. */
    public static Crs epsg(int code) {
        if (code == 4326 && WGS84 != null) {
            return WGS84;
        }
        try {
            return new Crs("EPSG:" + code, code, FACTORY.createFromName("EPSG:" + code));
        } catch (Proj4jException | IllegalStateException e) {
            throw new SpatialException("unknown CRS EPSG:" + code + " (not in proj4j's EPSG database)", e);
        }
    }

    /** A CRS from proj4 parameters, e.g. {@code +proj=aea +lat_1=25 +lat_2=47 +lon_0=105 +ellps=WGS84}. */
    public static Crs proj4(String label, String params) {
        try {
            return new Crs(label, 0, FACTORY.createFromParameters(label, params));
        } catch (Proj4jException | IllegalStateException e) {
            throw new SpatialException("unsupported CRS " + label + " (" + params + "): " + e.getMessage(), e);
        }
    }

    public String label() {
        return label;
    }

    /** The EPSG code, 0 when the CRS was given by its parameters. */
    public int epsgCode() {
        return epsg;
    }

    public boolean geographic() {
        return crs.isGeographic();
    }

    /** The proj4 parameters, normalized (sorted) so two equal definitions compare equal. */
    public String parameters() {
        return Arrays.stream(crs.getParameters()).map(String::trim).filter(s -> !s.isEmpty() && !s.equals("+no_defs"))
                .sorted().collect(Collectors.joining(" "));
    }

    public CoordinateReferenceSystem proj4j() {
        return crs;
    }

    /** Same definition: equal EPSG codes, or equal parameters. */
    public boolean sameAs(Crs other) {
        if (epsg != 0 && epsg == other.epsg) {
            return true;
        }
        return parameters().equals(other.parameters());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Crs c && sameAs(c);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters());
    }

    @Override
    public String toString() {
        return epsg != 0 ? label : label + " (" + parameters() + ")";
    }
}
