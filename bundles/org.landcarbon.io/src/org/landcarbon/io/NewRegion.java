package org.landcarbon.io;

/**
 * A subregion a region import would create because the study has no region of that code.
 *
 * @param code       its code, e.g. the 6-digit administrative code
 * @param name       its name as the file gives it (Chinese names become {@code nameZh}); may be empty
 * @param parentCode the code of the region it goes under: the file's {@code parent} column, else the top region
 * @param source     {@code FILE:ROW} of the first row that names it
 */
public record NewRegion(String code, String name, String parentCode, String source) {
}
