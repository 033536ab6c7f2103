/** Land-cover rasters (GeoTIFF) and boundary polygons (GeoJSON, shapefile): zonal class areas and transfer matrices. */
package org.landcarbon.spatial;
