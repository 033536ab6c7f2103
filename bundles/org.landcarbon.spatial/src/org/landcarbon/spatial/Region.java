package org.landcarbon.spatial;

import org.locationtech.jts.geom.Geometry;

/** A boundary polygon (Polygon or MultiPolygon) with its id and name, in the CRS of its {@link Boundaries}. */
public record Region(String id, String name, Geometry geometry) {
}
