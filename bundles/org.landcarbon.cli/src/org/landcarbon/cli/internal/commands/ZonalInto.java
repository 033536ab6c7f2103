package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.landcarbon.cli.Command;
import org.landcarbon.io.RegionImports;
import org.landcarbon.model.Study;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.ClassMapping;
import org.landcarbon.spatial.GeoTiffRaster;
import org.landcarbon.spatial.ZonalResult;
import org.landcarbon.spatial.study.RasterStudies;
import org.landcarbon.spatial.study.ZonalAreas;

/** {@code zonal --into STUDY}: the zonal areas written into the study's regions through the region import's preview. */
final class ZonalInto {

    static final String IMPORTER_ID = RasterStudies.IMPORTER_ID;

    private ZonalInto() {
    }

    static int write(ZonalResult result, Boundaries boundaries, List<GeoTiffRaster> rasters, List<String> years, ClassMapping mapping,
            boolean allowPartial, Study study, Path studyFile, boolean dryRun, PrintStream out, PrintStream err) throws Exception {
        ZonalAreas.Plan plan = ZonalAreas.plan(result, boundaries.source(), rasters.stream().map(GeoTiffRaster::path).toList(),
                years.stream().map(Integer::valueOf).toList(), mapping, allowPartial);
        if (!plan.partial().isEmpty()) {
            plan.partial().forEach(p -> err.println(p + ": its areas would cover only part of it; give --allow-partial to write them anyway"));
            err.println("landcarbon zonal: nothing written; " + studyFile + " is unchanged");
            return Command.FAILURE;
        }
        return RegionImportRun.finish(RegionImports.previewAreas(rasters.get(0).path(), IMPORTER_ID, study, plan.areas()), study, studyFile,
                dryRun, "zonal", out, err);
    }
}
