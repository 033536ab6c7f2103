package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.ClassMapping;
import org.landcarbon.spatial.Crs;
import org.landcarbon.spatial.GeoTiffRaster;
import org.landcarbon.spatial.ZonalCalculator;
import org.landcarbon.spatial.ZonalResult;
import org.landcarbon.spatial.ZonalResult.RegionAreas;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code landcarbon zonal}: class areas per region from land-cover GeoTIFFs and boundary
 * polygons (pixel-centre rule, ellipsoidal pixel areas), optionally with transfer matrices.
 */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=zonal")
public final class ZonalCommand implements Command {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d|2100)(?!\\d)");

    @Override
    public String name() {
        return "zonal";
    }

    @Override
    public String summary() {
        return "class areas and transfer matrices per region from land-cover GeoTIFFs and boundary polygons";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon zonal --raster FILE.tif [--raster FILE.tif ...] --regions FILE(.geojson|.shp)
                                        --id-field NAME [--name-field NAME] [--classes clcd|worldcover|globeland30|seed|MAPPING.csv]
                                        [--years Y1,Y2,...] [--transfer [--tables DIR]] [--unit km2|hm2|10^4hm2] [--format json|csv|table]
                                        [--into STUDY [--allow-partial] [--dry-run] [--accuracy PCT --accuracy-source TEXT | --accuracy FILE.csv]]

                Counts each raster pixel whose centre lies inside a region (ArcGIS Tabulate Area's rule),
                with its true area on the WGS84 ellipsoid for geographic rasters and the cell area for
                projected ones. Boundaries in another CRS are reprojected into the raster's (proj4j).

                  --raster FILE      a single-band 8/16-bit GeoTIFF of class codes; repeat for several years
                  --regions FILE     GeoJSON FeatureCollection (WGS84 unless it says otherwise) or shapefile with .dbf and .prj
                  --id-field NAME    the property holding each region's id (e.g. its 6-digit code)
                  --name-field NAME  the property holding its name (default: the id)
                  --classes C        code legend: clcd (default), worldcover, globeland30, seed (CLCD to the six
                                     CNLUCC classes), or a CSV file with the header code,class
                  --years Y1,Y2      the year of each raster, in order (default: a year in each file name)
                  --transfer         transfer matrices between consecutive rasters (same grid required)
                  --tables DIR       with --transfer: also write DIR/<region id>_<Y1>-<Y2>.csv per region and period,
                                     the input layout of 'run landuse.transfer --input' (existing files are refused)
                  --unit U           km2 (default), hm2 or 10^4hm2
                  --format F         table (default), csv (id,name,year,class,value) or json
                  --into STUDY       write the areas into the study instead of printing them: each region is the
                                     study's region whose code is its --id-field value (missing subregions are created
                                     under the top region with the --name-field name); area.<class> of each raster's
                                     year, IMPORTED with the raster file and the pixel counts as provenance; the
                                     classes must be the study's (--classes seed or a CSV onto them). All or nothing.
                  --allow-partial    with --into: also write regions partly outside the raster or partly nodata
                                     (refused by default: their areas would cover only part of the region)
                  --dry-run          with --into: show what would be written, change nothing
                  --accuracy PCT     with --into: the product's overall accuracy in percent; every area series
                                     written gets the range +-(100 - PCT) % (95 %), docs/uncertainty.md
                  --accuracy-source TEXT  the accuracy's source, required with --accuracy PCT, e.g.
                                     "CLCD overall accuracy 79.31 %, Yang & Huang 2021"
                  --accuracy FILE.csv  per class: class,user_accuracy_pct,source (every class written needs a row)

                Fails (exit 1) on an unknown CRS, no overlap, codes missing from the legend (listed with
                their pixel counts), a missing id field, an invalid polygon (named by id) or an unreadable TIFF.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> rasterFiles = new ArrayList<>();
        String regions = null, idField = null, nameField = null, classes = "clcd", years = null, unit = "km2", format = "table";
        boolean transfer = false, allowPartial = false, dryRun = false;
        String into = null, tables = null, accuracy = null, accuracySource = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--raster" -> rasterFiles.add(value(args, ++i, a));
                case "--regions" -> regions = value(args, ++i, a);
                case "--id-field" -> idField = value(args, ++i, a);
                case "--name-field" -> nameField = value(args, ++i, a);
                case "--classes" -> classes = value(args, ++i, a);
                case "--years" -> years = value(args, ++i, a);
                case "--unit" -> unit = value(args, ++i, a);
                case "--format" -> format = value(args, ++i, a);
                case "--transfer" -> transfer = true;
                case "--tables" -> tables = value(args, ++i, a);
                case "--into" -> into = value(args, ++i, a);
                case "--allow-partial" -> allowPartial = true;
                case "--dry-run" -> dryRun = true;
                case "--accuracy" -> accuracy = value(args, ++i, a);
                case "--accuracy-source" -> accuracySource = value(args, ++i, a);
                default -> throw new UsageException("unknown argument '" + a + "'");
            }
        }
        if (rasterFiles.isEmpty()) {
            throw new UsageException("at least one --raster is required");
        }
        if (regions == null) {
            throw new UsageException("--regions is required");
        }
        if (idField == null) {
            throw new UsageException("--id-field is required");
        }
        double divisor = switch (unit) {
            case "km2" -> 1e6;
            case "hm2" -> 1e4;
            case "10^4hm2" -> 1e8;
            default -> throw new UsageException("--unit must be km2, hm2 or 10^4hm2, got '" + unit + "'");
        };
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new UsageException("--format must be table, csv or json, got '" + format + "'");
        }
        if (into == null && (allowPartial || dryRun)) {
            throw new UsageException((dryRun ? "--dry-run" : "--allow-partial") + " goes with --into STUDY");
        }
        if (into == null && (accuracy != null || accuracySource != null)) {
            throw new UsageException((accuracy != null ? "--accuracy" : "--accuracy-source") + " goes with --into STUDY");
        }
        if (into != null && transfer) {
            throw new UsageException("--into writes class areas only; run --transfer without --into");
        }
        if (tables != null && !transfer) {
            throw new UsageException("--tables writes transfer matrices; add --transfer");
        }
        List<String> labels = years(rasterFiles, years);
        Path studyFile = into == null ? null : Path.of(into);
        Study study = null;
        if (studyFile != null) {
            if (!Files.isRegularFile(studyFile)) {
                err.println("landcarbon zonal: study not found: " + studyFile);
                return FAILURE;
            }
            study = StudyFiles.load(studyFile);
        }
        ClassMapping mapping = ClassMapping.builtIn(classes);
        if (mapping == null) {
            if (!classes.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                throw new UsageException("--classes must be clcd, worldcover, globeland30, seed or a .csv file, got '" + classes + "'");
            }
            mapping = ClassMapping.fromCsv(Path.of(classes));
        }
        List<GeoTiffRaster> rasters = new ArrayList<>();
        try {
            for (String f : rasterFiles) {
                rasters.add(GeoTiffRaster.open(Path.of(f)));
            }
            Crs crs = rasters.get(0).grid().crs();
            for (GeoTiffRaster r : rasters) {
                if (!r.grid().crs().sameAs(crs)) {
                    throw new IllegalArgumentException("the rasters must share one CRS: " + rasters.get(0).path() + " is " + crs
                            + ", " + r.path() + " is " + r.grid().crs());
                }
            }
            Boundaries b = Boundaries.read(Path.of(regions), idField, nameField).reproject(crs);
            ZonalResult result = new ZonalCalculator().compute(rasters, b.regions(), mapping, transfer);
            for (RegionAreas r : result.regions()) {
                if (r.outsideFraction() > 0.001) {
                    err.printf(Locale.ROOT, "warning: %.1f%% of region '%s' lies outside the raster; its areas cover only the part inside%n",
                            100 * r.outsideFraction(), r.region().id());
                }
            }
            if (study != null) {
                return ZonalInto.write(result, b, rasters, labels, mapping, allowPartial, study, studyFile, dryRun,
                        ZonalInto.accuracy(accuracy, accuracySource), out, err);
            }
            if (tables != null) {
                String refused = ZonalTables.write(Path.of(tables), result, rasters, labels, unit, divisor);
                if (refused != null) {
                    err.println("landcarbon zonal: " + refused);
                    return FAILURE;
                }
            }
            switch (format) {
                case "json" -> json(result, labels, unit, divisor, out);
                case "csv" -> csv(result, labels, divisor, out);
                default -> table(result, labels, unit, divisor, mapping, out);
            }
        } finally {
            rasters.forEach(GeoTiffRaster::close);
        }
        return OK;
    }

    private static List<String> years(List<String> files, String years) throws UsageException {
        List<String> labels = new ArrayList<>();
        if (years != null) {
            for (String y : years.split(",")) {
                String t = y.strip();
                if (!YEAR.matcher(t).matches()) {
                    throw new UsageException("--years takes years 1950-2100 separated by commas, got '" + t + "'");
                }
                labels.add(t);
            }
            if (labels.size() != files.size()) {
                throw new UsageException("--years gives " + labels.size() + " years for " + files.size() + " rasters");
            }
        } else {
            for (String f : files) {
                Matcher m = YEAR.matcher(Path.of(f).getFileName().toString());
                if (!m.find()) {
                    throw new UsageException("no year in the file name " + f + "; give --years");
                }
                labels.add(m.group(1));
            }
        }
        if (labels.stream().distinct().count() != labels.size()) {
            throw new UsageException("the years " + labels + " repeat; give one raster per year");
        }
        return labels;
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static void json(ZonalResult result, List<String> years, String unit, double divisor, PrintStream out) throws Exception {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("unit", unit);
            g.writeStringField("rule", "pixel centre");
            g.writeArrayFieldStart("regions");
            for (RegionAreas r : result.regions()) {
                g.writeStartObject();
                g.writeStringField("id", r.region().id());
                g.writeStringField("name", r.region().name());
                g.writeObjectFieldStart("areas");
                for (int k = 0; k < years.size(); k++) {
                    g.writeObjectFieldStart(years.get(k));
                    for (Map.Entry<String, Double> e : r.areas().get(k).entrySet()) {
                        g.writeNumberField(e.getKey(), e.getValue() / divisor);
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeObjectFieldStart("nodata_pixels");
                for (int k = 0; k < years.size(); k++) {
                    g.writeNumberField(years.get(k), r.nodataPixels()[k]);
                }
                g.writeEndObject();
                if (!r.transfers().isEmpty()) {
                    g.writeObjectFieldStart("transfer");
                    for (int k = 0; k < r.transfers().size(); k++) {
                        g.writeObjectFieldStart(years.get(k) + "-" + years.get(k + 1));
                        double[][] m = r.transfers().get(k);
                        for (int f = 0; f < m.length; f++) {
                            g.writeObjectFieldStart(result.classes().get(f));
                            for (int t = 0; t < m.length; t++) {
                                g.writeNumberField(result.classes().get(t), m[f][t] / divisor);
                            }
                            g.writeEndObject();
                        }
                        g.writeEndObject();
                    }
                    g.writeEndObject();
                }
                g.writeNumberField("outside_fraction", r.outsideFraction());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println(w);
    }

    private static void csv(ZonalResult result, List<String> years, double divisor, PrintStream out) {
        StringBuilder sb = new StringBuilder("id,name,year,class,value\n");
        for (RegionAreas r : result.regions()) {
            String head = CapturedOutput.csv(r.region().id()) + "," + CapturedOutput.csv(r.region().name()) + ",";
            for (int k = 0; k < years.size(); k++) {
                for (Map.Entry<String, Double> e : r.areas().get(k).entrySet()) {
                    sb.append(head).append(years.get(k)).append(',').append(CapturedOutput.csv(e.getKey())).append(',').append(e.getValue() / divisor).append('\n');
                }
                sb.append(head).append(years.get(k)).append(",nodata_pixels,").append(r.nodataPixels()[k]).append('\n');
            }
            for (int k = 0; k < r.transfers().size(); k++) {
                double[][] m = r.transfers().get(k);
                for (int f = 0; f < m.length; f++) {
                    for (int t = 0; t < m.length; t++) {
                        sb.append(head).append(years.get(k)).append('-').append(years.get(k + 1)).append(',')
                                .append(CapturedOutput.csv(result.classes().get(f) + ">" + result.classes().get(t))).append(',').append(m[f][t] / divisor).append('\n');
                    }
                }
            }
        }
        out.print(sb);
    }

    private static void table(ZonalResult result, List<String> years, String unit, double divisor, ClassMapping mapping, PrintStream out) {
        out.println("Class areas in " + unit + " (pixel-centre rule; classes: " + mapping.name() + ")");
        for (RegionAreas r : result.regions()) {
            out.println();
            out.println(r.region().id() + (r.region().name().equals(r.region().id()) ? "" : " " + r.region().name()));
            StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "  %-20s", "class"));
            years.forEach(y -> h.append(String.format(Locale.ROOT, " %14s", y)));
            out.println(h);
            for (String c : result.classes()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-20s", c));
                for (int k = 0; k < years.size(); k++) {
                    line.append(String.format(Locale.ROOT, " %14.4f", r.areas().get(k).get(c) / divisor));
                }
                out.println(line);
            }
            StringBuilder nd = new StringBuilder(String.format(Locale.ROOT, "  %-20s", "nodata pixels"));
            for (int k = 0; k < years.size(); k++) {
                nd.append(String.format(Locale.ROOT, " %14d", r.nodataPixels()[k]));
            }
            out.println(nd);
            for (int k = 0; k < r.transfers().size(); k++) {
                out.println("  transfer " + years.get(k) + " -> " + years.get(k + 1) + " (rows from, columns to)");
                double[][] m = r.transfers().get(k);
                StringBuilder th = new StringBuilder(String.format(Locale.ROOT, "  %-20s", ""));
                result.classes().forEach(c -> th.append(String.format(Locale.ROOT, " %12s", c.length() > 12 ? c.substring(0, 12) : c)));
                out.println(th);
                for (int f = 0; f < m.length; f++) {
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-20s", result.classes().get(f)));
                    for (int t = 0; t < m.length; t++) {
                        line.append(String.format(Locale.ROOT, " %12.4f", m[f][t] / divisor));
                    }
                    out.println(line);
                }
            }
        }
    }
}
