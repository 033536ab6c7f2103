package org.landcarbon.spatial.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.landcarbon.io.RegionArea;
import org.landcarbon.spatial.ClassMapping;
import org.landcarbon.spatial.ZonalResult;
import org.landcarbon.spatial.ZonalResult.RegionAreas;

/**
 * Zonal areas as values for a study's regions: one {@code area.<class>} per region, raster year and class, with
 * the raster file, the region's pixel counts per code and the mapping as provenance.
 */
public final class ZonalAreas {

    /** Regions missing more than this share (outside the raster or nodata) are partial: refused unless allowed. */
    public static final double PARTIAL = 0.001;

    /**
     * @param areas   the values to import
     * @param partial one line per region and raster left out because it is partial (empty when partial ones are allowed)
     */
    public record Plan(List<RegionArea> areas, List<String> partial) {
    }

    private ZonalAreas() {
    }

    /** The values of {@code result} (computed from {@code rasters} in this order, of these years). */
    public static Plan plan(ZonalResult result, Path regionsFile, List<Path> rasters, List<Integer> years, ClassMapping mapping,
            boolean allowPartial) {
        String regions = name(regionsFile);
        List<RegionArea> areas = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (RegionAreas r : result.regions()) {
            String name = r.region().name().equals(r.region().id()) ? "" : r.region().name();
            for (int k = 0; k < rasters.size(); k++) {
                String raster = name(rasters.get(k));
                Map<Integer, Long> codes = r.codePixels().get(k);
                long valid = codes.values().stream().mapToLong(Long::longValue).sum();
                long nodata = r.nodataPixels()[k];
                double nodataShare = valid + nodata == 0 ? 0 : (double) nodata / (valid + nodata);
                String missing = "";
                if (r.outsideFraction() > PARTIAL || nodataShare > PARTIAL) {
                    missing = String.format(Locale.ROOT, "%.2f%% outside the raster, %d nodata pixels (%.2f%%)", 100 * r.outsideFraction(),
                            nodata, 100 * nodataShare);
                    if (!allowPartial) {
                        partial.add(raster + ": region " + r.region().id() + ": " + missing);
                        continue;
                    }
                }
                for (String c : result.classes()) {
                    Map<Integer, Long> of = new TreeMap<>();
                    codes.forEach((code, n) -> {
                        if (c.equals(mapping.classOf(code))) {
                            of.put(code, n);
                        }
                    });
                    String how = of.isEmpty() ? "no pixel of the class"
                            : "codes " + String.join("+", of.keySet().stream().map(String::valueOf).toList()) + ": "
                                    + of.values().stream().mapToLong(Long::longValue).sum() + " pixels";
                    String provenance = raster + " (zonal, pixel-centre rule, region " + r.region().id() + " of " + regions + ", " + how
                            + ", classes " + mapping.name() + (missing.isEmpty() ? "" : "; partial: " + missing) + ")";
                    areas.add(new RegionArea(r.region().id(), name, c, years.get(k), r.areas().get(k).get(c), raster, provenance));
                }
            }
        }
        return new Plan(areas, partial);
    }

    static String name(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}
