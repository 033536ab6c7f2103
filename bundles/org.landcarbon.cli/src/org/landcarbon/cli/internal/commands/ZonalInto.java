package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.landcarbon.cli.Command;
import org.landcarbon.io.RegionArea;
import org.landcarbon.io.RegionImports;
import org.landcarbon.model.Study;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.ClassMapping;
import org.landcarbon.spatial.GeoTiffRaster;
import org.landcarbon.spatial.ZonalResult;
import org.landcarbon.spatial.ZonalResult.RegionAreas;

/** {@code zonal --into STUDY}: the zonal areas written into the study's regions through the region import's preview. */
final class ZonalInto {

    static final String IMPORTER_ID = "zonal";

    /** Regions missing more than this share (outside the raster or nodata) are partial: refused without --allow-partial. */
    static final double PARTIAL = 0.001;

    private ZonalInto() {
    }

    static int write(ZonalResult result, Boundaries boundaries, List<GeoTiffRaster> rasters, List<String> years, ClassMapping mapping,
            boolean allowPartial, Study study, Path studyFile, boolean dryRun, PrintStream out, PrintStream err) throws Exception {
        String regionsFile = name(boundaries.source());
        List<RegionArea> areas = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (RegionAreas r : result.regions()) {
            String name = r.region().name().equals(r.region().id()) ? "" : r.region().name();
            for (int k = 0; k < rasters.size(); k++) {
                String raster = name(rasters.get(k).path());
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
                int year = Integer.parseInt(years.get(k));
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
                    String provenance = raster + " (zonal, pixel-centre rule, region " + r.region().id() + " of " + regionsFile + ", " + how
                            + ", classes " + mapping.name() + (missing.isEmpty() ? "" : "; partial: " + missing) + ")";
                    areas.add(new RegionArea(r.region().id(), name, c, year, r.areas().get(k).get(c), raster, provenance));
                }
            }
        }
        if (!partial.isEmpty()) {
            partial.forEach(p -> err.println(p + ": its areas would cover only part of it; give --allow-partial to write them anyway"));
            err.println("landcarbon zonal: nothing written; " + studyFile + " is unchanged");
            return Command.FAILURE;
        }
        return RegionImportRun.finish(RegionImports.previewAreas(rasters.get(0).path(), IMPORTER_ID, study, areas), study, studyFile, dryRun,
                "zonal", out, err);
    }

    private static String name(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}
