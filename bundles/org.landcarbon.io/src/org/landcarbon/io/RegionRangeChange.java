package org.landcarbon.io;

/**
 * The relative uncertainty a region import would set on one region's series: a range column of the region long
 * layout, or the land-cover accuracy of {@code zonal --into --accuracy} (docs/uncertainty.md).
 *
 * @param regionCode the region's code (the top region's range goes to the study's own series)
 * @param range      the series and its range, with the region series' range now as {@code previous}
 * @since 0.1.1
 */
public record RegionRangeChange(String regionCode, RangeChange range) {
}
