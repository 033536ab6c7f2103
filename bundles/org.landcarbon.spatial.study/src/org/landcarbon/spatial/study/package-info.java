/** Zonal class areas of land-cover rasters written into studies: shared by {@code zonal --into} and the workbench's wizard. */
package org.landcarbon.spatial.study;
