package org.landcarbon.spatial;

import java.util.List;
import java.util.Map;

/**
 * Zonal class areas (m2) per region and raster, pixel-centre rule.
 *
 * @param classes the mapping's classes, the row and column order of the transfer matrices
 * @param regions one entry per region, in the order of the boundaries
 */
public record ZonalResult(List<String> classes, List<RegionAreas> regions) {

    /**
     * @param areas per raster (in the order given): class -> area in m2, every class of the mapping present
     * @param codePixels per raster: raw code -> pixel count inside the region (nodata excluded)
     * @param nodataPixels per raster: pixels of the region holding the raster's nodata value
     * @param transfers per consecutive raster pair (i, i+1), when asked: [from][to] areas in m2
     * @param outsideFraction the share of the region's planar area (in the raster's CRS) outside the raster's extent
     */
    public record RegionAreas(Region region, List<Map<String, Double>> areas, List<Map<Integer, Long>> codePixels,
            long[] nodataPixels, List<double[][]> transfers, double outsideFraction) {
    }
}
