package org.landcarbon.io;

/**
 * One value a region import would write: a {@link ValueChange} of the region with this code (the top region's
 * values go to the study's own series, a subregion's to its {@code Region.series}).
 *
 * @param regionCode the region's code, as in the file
 * @param value      the value, converted to the unit of the region's series
 */
public record RegionChange(String regionCode, ValueChange value) {
}
