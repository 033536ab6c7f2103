package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.io.ClassMapping;
import org.landcarbon.io.GeeOptions;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.RegionImports;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.osgi.service.component.annotations.Component;

/** {@code landcarbon import-gee FILE --into STUDY ...}: class areas per region from a GEE frequencyHistogram export. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=import-gee")
public final class ImportGeeCommand implements Command {

    @Override
    public String name() {
        return "import-gee";
    }

    @Override
    public String summary() {
        return "import class areas per region from a Google Earth Engine frequencyHistogram CSV export";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon import-gee FILE --into STUDY --id-field F [--name-field F] [--histogram-field F]
                                  --scale METRES --classes clcd|seed|MAPPING.csv --year YEAR [--weighted-area] [--dry-run]

                Reads the CSV that Export.table writes for image.reduceRegions(features, ee.Reducer.frequencyHistogram(),
                scale): one row per feature with its properties, a histogram column of JSON such as
                {"1":1234.0,"2":56.0} (land-cover code -> pixel count) and .geo. Each feature is the region whose code
                is its --id-field; missing subregions are created under the study's top region. A class's area is
                the sum of its codes' counts x scale x scale m2 (GEE's planar pixel at the reduction scale), written
                to area.<class> of YEAR in the unit of the study's series (10^4 hm2 for a new one), each value with
                FILE:ROW and the arithmetic as its provenance. All or nothing: any problem and STUDY is unchanged.

                  --id-field F         the property holding the region code (e.g. adcode)
                  --name-field F       the property holding the region's name, for new subregions
                  --histogram-field F  the histogram column (default: the one column of JSON objects)
                  --scale METRES       the pixel size the reduction ran at, e.g. 30 for CLCD
                  --classes C          clcd or seed: CLCD codes 1-9 (shrub -> forest, snow/ice and wetland -> water,
                                       barren -> unused, impervious -> construction); or a CSV 'code,class'
                  --year YEAR          the year of the image
                  --weighted-area      the histogram holds areas in m2 (ee.Image.pixelArea() summed per class),
                                       not pixel counts; --scale is then not used for the area
                A code the mapping lacks is an error naming the code and its pixel count. See docs/regions.md.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        IoOptions o = IoOptions.parse(args, Set.of("--into", "--id-field", "--name-field", "--histogram-field", "--scale", "--classes",
                "--year", "--weighted-area!", "--dry-run!"));
        if (o.operands.size() != 1) {
            throw new UsageException(o.operands.isEmpty() ? "missing FILE (the GEE CSV export)" : "one FILE at a time, got "
                    + String.join(" ", o.operands));
        }
        Path file = Path.of(o.operands.get(0));
        Path studyFile = Path.of(o.required("--into"));
        String idField = o.required("--id-field");
        boolean weighted = o.options.containsKey("--weighted-area");
        double scale;
        try {
            scale = Double.parseDouble(o.required("--scale"));
        } catch (NumberFormatException e) {
            throw new UsageException("--scale takes the pixel size in metres, e.g. 30; got '" + o.options.get("--scale") + "'");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new UsageException("--scale must be above 0 metres, got " + o.options.get("--scale"));
        }
        int year;
        try {
            year = Integer.parseInt(o.required("--year").strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--year takes a year, got '" + o.options.get("--year") + "'");
        }
        if (year < 1900 || year > 2100) {
            throw new UsageException("--year must be within 1900-2100, got " + year);
        }
        String classes = o.required("--classes");
        if (!Files.isRegularFile(studyFile)) {
            err.println("landcarbon import-gee: study not found: " + studyFile);
            return FAILURE;
        }
        Study study = StudyFiles.load(studyFile);
        List<ImportProblem> problems = new ArrayList<>();
        ClassMapping mapping = ClassMapping.of(classes, study, problems).orElse(null);
        if (mapping == null) {
            problems.forEach(err::println);
            err.println("landcarbon import-gee: " + file + " not imported: the class mapping cannot be used; " + studyFile + " is unchanged");
            return FAILURE;
        }
        GeeOptions options = new GeeOptions(idField, o.options.get("--name-field"), o.options.get("--histogram-field"), scale, mapping,
                year, weighted);
        return RegionImportRun.finish(RegionImports.previewGee(file, study, options), study, studyFile, o.options.containsKey("--dry-run"),
                "import-gee", out, err);
    }
}
