package org.landcarbon.spatial;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.landcarbon.spatial.ZonalResult.RegionAreas;

/**
 * What land-cover rasters give for boundary polygons, before anything is written: per raster its grid, how
 * much of the boundaries it covers, its nodata and its codes outside the mapping, with pixel counts; the
 * regions read; and the class areas ({@link ZonalCalculator#survey}, the same sums as {@code zonal}).
 *
 * @param boundaries the polygons, reprojected into the rasters' CRS
 * @param rasters    one summary per raster, in the order given
 * @param result     the class areas per region and raster (unmapped codes left out, see {@link #problems})
 */
public record ZonalPreview(Boundaries boundaries, List<RasterSummary> rasters, ZonalResult result) {

    /**
     * @param pixelsInside  pixels whose centre lies in a region, nodata excluded
     * @param nodataPixels  pixels in a region holding the raster's nodata value
     * @param unmappedCodes codes inside the regions the mapping lacks -> their pixel counts
     * @param regionsMet    regions with at least one pixel centre in the raster
     * @param outsideShare  the share of the boundaries' area (in the rasters' CRS) outside the raster's extent
     */
    public record RasterSummary(Path file, GridGeometry grid, Integer nodataValue, long pixelsInside, long nodataPixels,
            Map<Integer, Long> unmappedCodes, int regionsMet, double outsideShare) {

        public boolean overlaps() {
            return pixelsInside + nodataPixels > 0;
        }
    }

    /**
     * Opens the rasters (which must share one CRS), reads the boundaries and sums their pixels. Unreadable files,
     * an unknown CRS, a missing id field or an invalid polygon throw a {@link SpatialException} naming the file.
     */
    public static ZonalPreview compute(List<Path> rasterFiles, Path boundariesFile, String idField, String nameField,
            ClassMapping mapping, ZonalCalculator calculator) {
        if (rasterFiles.isEmpty()) {
            throw new SpatialException("no raster given");
        }
        List<GeoTiffRaster> rasters = new ArrayList<>();
        try {
            for (Path f : rasterFiles) {
                rasters.add(GeoTiffRaster.open(f));
            }
            Crs crs = rasters.get(0).grid().crs();
            for (GeoTiffRaster r : rasters) {
                if (!r.grid().crs().sameAs(crs)) {
                    throw new SpatialException("the rasters must share one CRS: " + rasters.get(0).path() + " is " + crs + ", " + r.path()
                            + " is " + r.grid().crs());
                }
            }
            Boundaries b = Boundaries.read(boundariesFile, idField, nameField).reproject(crs);
            ZonalResult result = calculator.survey(rasters, b.regions(), mapping);
            List<RasterSummary> out = new ArrayList<>();
            for (int k = 0; k < rasters.size(); k++) {
                out.add(summary(rasters.get(k), k, b, result, mapping));
            }
            return new ZonalPreview(b, out, result);
        } finally {
            rasters.forEach(GeoTiffRaster::close);
        }
    }

    private static RasterSummary summary(GeoTiffRaster raster, int k, Boundaries b, ZonalResult result, ClassMapping mapping) {
        long inside = 0, nodata = 0;
        int met = 0;
        Map<Integer, Long> unmapped = new TreeMap<>();
        for (RegionAreas r : result.regions()) {
            long px = 0;
            for (Map.Entry<Integer, Long> e : r.codePixels().get(k).entrySet()) {
                px += e.getValue();
                if (mapping.classOf(e.getKey()) == null) {
                    unmapped.merge(e.getKey(), e.getValue(), Long::sum);
                }
            }
            inside += px;
            nodata += r.nodataPixels()[k];
            met += px + r.nodataPixels()[k] > 0 ? 1 : 0;
        }
        double total = 0, outside = 0;
        for (Region r : b.regions()) {
            double a = r.geometry().getArea();
            total += a;
            outside += a * ZonalCalculator.outside(r, raster.grid());
        }
        return new RasterSummary(raster.path(), raster.grid(), raster.nodata(), inside, nodata, unmapped, met, total == 0 ? 0 : outside / total);
    }

    /** What forbids using these areas: a raster without any pixel in the polygons, codes outside the mapping. Empty when none. */
    public List<String> problems(String mappingName) {
        List<String> out = new ArrayList<>();
        for (RasterSummary s : rasters) {
            if (!s.overlaps()) {
                out.add(s.file() + ": no overlap: no pixel centre (" + s.grid().describe() + ") lies inside any of the "
                        + boundaries.regions().size() + " polygons of " + boundaries.source());
            }
            if (!s.unmappedCodes().isEmpty()) {
                StringBuilder sb = new StringBuilder(s.file() + ": codes not in the mapping '" + mappingName + "':");
                s.unmappedCodes().forEach((code, c) -> sb.append(" ").append(code).append(" (").append(c).append(" px)"));
                out.add(sb.toString());
            }
        }
        return out;
    }
}
