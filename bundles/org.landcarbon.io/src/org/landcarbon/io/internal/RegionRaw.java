package org.landcarbon.io.internal;

/**
 * One value read for a region, before it is checked against the study.
 *
 * @param code          the region's code
 * @param name          its name in the file (may be empty)
 * @param parentCode    the parent's code from the file, or empty for the top region
 * @param raw           the value as read
 * @param newSeriesUnit the unit a series the import creates gets (null: the file's unit)
 */
public record RegionRaw(String code, String name, String parentCode, RawValue raw, String newSeriesUnit) {
}
