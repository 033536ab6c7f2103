package org.landcarbon.io;

/**
 * A land-class area of one region and year computed outside a table file, e.g. by zonal statistics over a
 * land-cover raster, to be written into the study's region of that code.
 *
 * @param code       the region's code (a subregion is created under the top region when the study has none)
 * @param name       its name, for a new subregion (may be empty)
 * @param landClass  a land-class id or name of the study
 * @param year       the year of the raster
 * @param m2         the area in square metres
 * @param source     what the value comes from, for messages: the raster file's name
 * @param provenance the value's provenance: the file and how the area was computed
 */
public record RegionArea(String code, String name, String landClass, int year, double m2, String source, String provenance) {
}
