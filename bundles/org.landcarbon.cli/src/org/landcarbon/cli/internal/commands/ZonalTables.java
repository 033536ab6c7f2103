package org.landcarbon.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcarbon.spatial.GeoTiffRaster;
import org.landcarbon.spatial.ZonalResult;
import org.landcarbon.spatial.ZonalResult.RegionAreas;

/**
 * {@code zonal --transfer --tables DIR}: one CSV per region and period in the layout
 * {@code run landuse.transfer --input} reads (rows: "from" classes, columns: "to" classes with the
 * unit in brackets), so a regional matrix feeds the transfer analysis without reshaping.
 */
final class ZonalTables {

    private ZonalTables() {
    }

    /**
     * Writes the tables, or none when one of them exists already or two regions' ids sanitise to the
     * same file name; returns the problem, or null when all were written.
     */
    static String write(Path dir, ZonalResult result, List<GeoTiffRaster> rasters, List<String> years, String unit, double divisor)
            throws IOException {
        Map<Path, String> files = new LinkedHashMap<>();
        for (RegionAreas r : result.regions()) {
            for (int k = 0; k < r.transfers().size(); k++) {
                Path file = dir.resolve(sanitise(r.region().id()) + "_" + years.get(k) + "-" + years.get(k + 1) + ".csv");
                if (files.containsKey(file)) {
                    return "two regions' ids give the same file name " + file + "; the ids differ only in characters replaced by '_'";
                }
                if (Files.exists(file)) {
                    return file + " exists; refusing to overwrite it (remove it or choose another --tables directory)";
                }
                files.put(file, text(result, r, k, rasters, years, unit, divisor));
            }
        }
        Files.createDirectories(dir);
        for (Map.Entry<Path, String> e : files.entrySet()) {
            // the temp file sits beside the target so the move is a rename, never a half-written table
            Path tmp = Files.createTempFile(dir, ".zonal-", ".tmp");
            try {
                Files.writeString(tmp, e.getValue(), StandardCharsets.UTF_8);
                Files.move(tmp, e.getKey(), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return null;
    }

    static String sanitise(String id) {
        String s = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return s.startsWith(".") ? "_" + s.substring(1) : s;
    }

    private static String text(ZonalResult result, RegionAreas r, int k, List<GeoTiffRaster> rasters, List<String> years, String unit,
            double divisor) {
        List<String> classes = result.classes();
        StringBuilder sb = new StringBuilder("# landcarbon zonal: region ").append(oneLine(r.region().id()));
        if (!r.region().name().equals(r.region().id())) {
            sb.append(" (").append(oneLine(r.region().name())).append(')');
        }
        sb.append(", ").append(years.get(k)).append(" -> ").append(years.get(k + 1)).append(" from ")
                .append(oneLine(rasters.get(k).path().getFileName().toString())).append(" and ")
                .append(oneLine(rasters.get(k + 1).path().getFileName().toString()))
                .append("; rows: class in ").append(years.get(k)).append(", columns: class in ").append(years.get(k + 1))
                .append(", pixel-centre rule");
        long nodata = r.nodataPixels()[k] + r.nodataPixels()[k + 1];
        if (nodata > 0 || r.outsideFraction() > 0) {
            // the matrix holds only pixels valid in both years, so its sums fall short of the class areas
            sb.append("; partial: ").append(r.nodataPixels()[k]).append(" and ").append(r.nodataPixels()[k + 1])
                    .append(" nodata pixels, ").append(String.format(java.util.Locale.ROOT, "%.1f%%", 100 * r.outsideFraction()))
                    .append(" of the region outside the raster");
        }
        sb.append('\n');
        sb.append("from");
        for (String c : classes) {
            sb.append(',').append(CapturedOutput.csv(c + " [" + unit + "]"));
        }
        sb.append('\n');
        double[][] m = r.transfers().get(k);
        for (int f = 0; f < m.length; f++) {
            sb.append(CapturedOutput.csv(classes.get(f)));
            for (int t = 0; t < m.length; t++) {
                sb.append(',').append(m[f][t] / divisor);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
