package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.Contiguity;
import org.landcarbon.spatial.Contiguity.Rule;
import org.osgi.service.component.annotations.Component;

/** {@code landcarbon weights}: a contiguity weights CSV (id,neighbour,weight) from boundary polygons, for spatial.moran. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=weights")
public final class WeightsCommand implements Command {

    @Override
    public String name() {
        return "weights";
    }

    @Override
    public String summary() {
        return "queen or rook contiguity weights (id,neighbour,weight CSV) from boundary polygons";
    }

    @Override
    public String usage() {
        return """
                Usage: landcarbon weights --boundaries FILE(.geojson|.shp) --id-field NAME --contiguity queen|rook
                                          [--tolerance DISTANCE] [--out FILE.csv]

                Queen neighbours share at least one vertex, rook neighbours at least one edge (two consecutive
                vertices), as in PySAL/GeoDa; every link has weight 1 and is written both ways. The CSV is what
                'landcarbon run spatial.moran --weights FILE.csv' reads.

                  --boundaries FILE   GeoJSON FeatureCollection or shapefile with .dbf and .prj
                  --id-field NAME     the property naming each region (the ids of the data column)
                  --contiguity C      queen or rook
                  --tolerance D       vertices this close are one point, in the boundaries' units (degrees for
                                      WGS84, metres when projected); default 0: identical coordinates
                  --out FILE          write the CSV there (default: standard output)

                A vertex on the middle of a neighbour's edge (no shared vertex) is not a contact: use borders
                from one topological coverage. Regions without neighbours are listed on standard error.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String boundaries = null, idField = null, contiguity = null, outFile = null;
        double tolerance = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--boundaries", "--regions" -> boundaries = value(args, ++i, a);
                case "--id-field" -> idField = value(args, ++i, a);
                case "--contiguity" -> contiguity = value(args, ++i, a);
                case "--out" -> outFile = value(args, ++i, a);
                case "--tolerance" -> {
                    String t = value(args, ++i, a);
                    try {
                        tolerance = Double.parseDouble(t);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--tolerance takes a distance >= 0, got '" + t + "'");
                    }
                    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                        throw new UsageException("--tolerance takes a distance >= 0, got '" + t + "'");
                    }
                }
                default -> throw new UsageException("unknown argument '" + a + "'");
            }
        }
        if (boundaries == null || idField == null || contiguity == null) {
            throw new UsageException((boundaries == null ? "--boundaries" : idField == null ? "--id-field" : "--contiguity") + " is required");
        }
        Rule rule = switch (contiguity.toLowerCase(Locale.ROOT)) {
            case "queen" -> Rule.QUEEN;
            case "rook" -> Rule.ROOK;
            default -> throw new UsageException("--contiguity must be queen or rook, got '" + contiguity + "'");
        };
        Boundaries b = Boundaries.read(Path.of(boundaries), idField, null);
        Map<String, TreeSet<String>> nb = Contiguity.neighbours(b.regions(), rule, tolerance);
        StringBuilder csv = new StringBuilder();
        csv.append("# ").append(rule.name().toLowerCase(Locale.ROOT)).append(" contiguity of ").append(Path.of(boundaries).getFileName())
                .append(" (").append(rule == Rule.QUEEN ? "a shared vertex" : "a shared edge").append(", tolerance ").append(tolerance)
                .append(" in ").append(b.crs()).append(")\n");
        csv.append("id,neighbour,weight\n");
        int links = 0;
        for (Map.Entry<String, TreeSet<String>> e : nb.entrySet()) {
            for (String n : e.getValue()) {
                csv.append(cell(e.getKey())).append(',').append(cell(n)).append(",1\n");
                links++;
            }
        }
        List<String> islands = nb.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        if (!islands.isEmpty()) {
            err.println("warning: " + islands.size() + " of " + nb.size() + " regions have no " + rule.name().toLowerCase(Locale.ROOT)
                    + " neighbour: " + String.join(", ", islands.stream().limit(20).toList()) + (islands.size() > 20 ? ", ..." : ""));
        }
        if (outFile == null) {
            out.print(csv);
        } else {
            Files.writeString(Path.of(outFile), csv, StandardCharsets.UTF_8);
            out.println("Wrote " + links + " links between " + nb.size() + " regions to " + outFile);
        }
        return OK;
    }

    private static String cell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            throw new IllegalArgumentException("region id '" + s + "' holds a comma, quote or line break, which the weights CSV cannot hold");
        }
        return s;
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
