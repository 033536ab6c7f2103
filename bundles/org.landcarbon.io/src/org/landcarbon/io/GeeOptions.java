package org.landcarbon.io;

/**
 * How to read a Google Earth Engine {@code reduceRegions(ee.Reducer.frequencyHistogram())} CSV export.
 *
 * @param idField        the feature property holding the region code
 * @param nameField      the property holding the region's name, or null
 * @param histogramField the column holding the histogram; null to find the one column of JSON objects
 * @param scale          the pixel size in metres the reduction ran at (e.g. 30): area = count x scale^2
 * @param mapping        land-cover code -> land class
 * @param year           the year of the image
 * @param weightedArea   true when the histogram's values are already areas in m2 (the image was
 *                       {@code ee.Image.pixelArea()} summed per class), not pixel counts
 */
public record GeeOptions(String idField, String nameField, String histogramField, double scale, ClassMapping mapping, int year,
        boolean weightedArea) {
}
