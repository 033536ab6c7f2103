package org.landcarbon.ui.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.SettingsException;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.TextMap;
import org.landcarbon.spatial.Contiguity;

/**
 * The "Local Moran (LISA)" layer of a map: each region with a value coloured by its cluster as the
 * {@code spatial.moran} analysis reports it (Anselin 1995; the colours of GeoDa's LISA cluster map). The layer only
 * assembles the input: the map's values (regions without one are left out), contiguity weights from the boundaries
 * ({@link Contiguity}, queen or rook, among the regions with a value), and hands both to the analysis, whose
 * clusters, pseudo p values and settings (permutations, seed, significance level) it keeps as they come.
 *
 * @param rule     the contiguity the weights were built from
 * @param cluster  region code -> "HH", "LL", "HL", "LH", "not significant" or "island" (no neighbour)
 * @param p        region code -> pseudo p value (NaN for an island)
 * @param settings the analysis' settings as it describes them (weights, style, permutations, seed, alpha)
 */
public record LisaLayer(Contiguity.Rule rule, Map<String, String> cluster, Map<String, Double> p, Map<String, String> settings) {

    public static final String ANALYSIS = "spatial.moran";
    public static final String NOT_SIGNIFICANT = "not significant";
    public static final String ISLAND = "island";

    /** The legend's entries in order: cluster key, label, colour 0xRRGGBB (GeoDa's LISA cluster map). */
    public record Kind(String key, String label, int colour) {
    }

    public static final List<Kind> KINDS = List.of(
            new Kind("HH", "High-High (hot spot)", 0xff0000),
            new Kind("LL", "Low-Low (cold spot)", 0x0000ff),
            new Kind("LH", "Low-High (outlier)", 0xa7adf9),
            new Kind("HL", "High-Low (outlier)", 0xf4ada8),
            new Kind(NOT_SIGNIFICANT, "Not significant", 0xeeeeee),
            new Kind(ISLAND, "No neighbour", 0x464646));

    /** The colour of a region, {@link MapModel#NO_VALUE} for one the analysis did not see. */
    public int colourOf(String code) {
        String c = cluster.get(code);
        return c == null ? MapModel.NO_VALUE : KINDS.stream().filter(k -> k.key().equals(c)).mapToInt(Kind::colour).findFirst()
                .orElse(MapModel.NO_VALUE);
    }

    /** The legend's note, one line each: "queen contiguity, row weights", "999 permutations, seed 20260101", "pseudo p <= 0.05". */
    public List<String> describe() {
        return List.of(rule.name().toLowerCase(Locale.ROOT) + " contiguity, " + settings.getOrDefault("style", "row").toLowerCase(Locale.ROOT)
                + " weights", settings.get("permutations") + " permutations, seed " + settings.get("seed"), "pseudo p <= " + settings.get("alpha"));
    }

    /**
     * Runs {@code moran} on the map's values with weights from the boundaries of {@code map}'s regions.
     *
     * @param extra settings passed on to the analysis (permutations, seed, alpha), may be empty
     * @throws AnalysisException with the analysis' message when the input does not suit it (fewer than four
     *                           regions with a value, all equal, no neighbours)
     */
    public static LisaLayer build(MapModel map, Contiguity.Rule rule, Analysis<?> moran, Map<String, String> extra) throws AnalysisException {
        List<MapModel.Entry> valued = map.regions().stream().filter(e -> e.value() != null).toList();
        List<org.landcarbon.spatial.Region> shapes = new ArrayList<>();
        for (MapModel.Entry e : valued) {
            shapes.add(new org.landcarbon.spatial.Region(e.code(), e.name(), e.geometry()));
        }
        Map<String, TreeSet<String>> neighbours = Contiguity.neighbours(shapes, rule, 0);
        StringBuilder csv = new StringBuilder("id,neighbour,weight\n");
        neighbours.forEach((id, nb) -> nb.forEach(n -> csv.append(id).append(',').append(n).append(",1\n")));
        Path weights = null;
        try {
            weights = Files.createTempFile("landcarbon-lisa-", ".csv");
            Files.writeString(weights, csv, StandardCharsets.UTF_8);
            String[] codes = valued.stream().map(MapModel.Entry::code).toArray(String[]::new);
            double[] values = valued.stream().mapToDouble(MapModel.Entry::value).toArray();
            DataTable table = DataTable.ofLabels(map.title(), "region", codes, null,
                    List.of(new DataTable.Column(map.title(), map.unit(), values, "the Map view's figure")));
            Map<String, String> settings = new LinkedHashMap<>(extra);
            settings.put("weights", weights.toString());
            AnalysisResult result = AnalysisRunner.run(moran, table, settings);
            Map<String, String> cluster = new LinkedHashMap<>(result.get("cluster", TextMap.class).values());
            result.get("quadrant", TextMap.class).values().forEach((id, q) -> {
                if (ISLAND.equals(q)) {
                    cluster.put(id, ISLAND);
                }
            });
            Table local = result.get("local", Table.class);
            int pCol = local.columns().indexOf("pseudo p");
            Map<String, Double> p = new LinkedHashMap<>();
            for (int i = 0; i < local.rows().size(); i++) {
                p.put(local.rows().get(i), local.values()[i][pCol]);
            }
            return new LisaLayer(rule, cluster, p, result.settings());
        } catch (SettingsException e) {
            throw new AnalysisException(e.getMessage());
        } catch (IOException e) {
            throw new AnalysisException("cannot write the weights for the LISA layer: " + e.getMessage());
        } finally {
            if (weights != null) {
                try {
                    Files.deleteIfExists(weights);
                } catch (IOException e) {
                    // a temporary file left behind does no harm
                }
            }
        }
    }
}
