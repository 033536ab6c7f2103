package org.landcarbon.spatial;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raster class codes to land classes. The built-in legends: CLCD (Yang and Huang 2021, ESSD 13:3907),
 * ESA WorldCover 10 m (v100/v200 product user manual), GlobeLand30 (Chen et al. 2015, ISPRS JPRS 103:7),
 * and "seed", which maps CLCD to the six classes of the workbench's CLCD/CNLUCC class system.
 */
public final class ClassMapping {

    private final String name;
    private final List<String> classes;
    private final Map<Integer, String> codes;

    private ClassMapping(String name, Map<Integer, String> codes) {
        this.name = name;
        this.codes = Collections.unmodifiableMap(codes);
        List<String> c = new ArrayList<>();
        codes.values().forEach(v -> {
            if (!c.contains(v)) {
                c.add(v);
            }
        });
        this.classes = List.copyOf(c);
    }

    public String name() {
        return name;
    }

    /** The classes, in the order of their first code. */
    public List<String> classes() {
        return classes;
    }

    /** The class of a code, or null when the mapping has no such code. */
    public String classOf(int code) {
        return codes.get(code);
    }

    public Map<Integer, String> codes() {
        return codes;
    }

    /** A built-in mapping by name (clcd, worldcover, globeland30, seed), or null. */
    public static ClassMapping builtIn(String name) {
        return switch (name) {
            case "clcd" -> of("clcd", 1, "cropland", 2, "forest", 3, "shrub", 4, "grassland", 5, "water", 6, "snow_ice",
                    7, "barren", 8, "impervious", 9, "wetland");
            case "worldcover" -> of("worldcover", 10, "tree_cover", 20, "shrubland", 30, "grassland", 40, "cropland",
                    50, "built_up", 60, "bare_sparse", 70, "snow_ice", 80, "water", 90, "herbaceous_wetland", 95, "mangroves",
                    100, "moss_lichen");
            case "globeland30" -> of("globeland30", 10, "cultivated", 20, "forest", 30, "grassland", 40, "shrubland",
                    50, "wetland", 60, "water", 70, "tundra", 80, "artificial", 90, "bareland", 100, "snow_ice");
            // CLCD -> the six CNLUCC classes: shrub is forest land (CNLUCC 22 shrubland is under 2 forest
            // land), wetland is water (CNLUCC 46 tidal flat / 47 bottomland are under 4 water), snow/ice and
            // barren are unused land (CNLUCC 6x), impervious is construction land (5x).
            case "seed" -> of("seed", 1, "cropland", 2, "forest", 3, "forest", 4, "grassland", 5, "water", 9, "water",
                    8, "construction", 6, "unused", 7, "unused");
            default -> null;
        };
    }

    private static ClassMapping of(String name, Object... pairs) {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Integer) pairs[i], (String) pairs[i + 1]);
        }
        return new ClassMapping(name, m);
    }

    /**
     * A user mapping: a CSV file with a header {@code code,class} and one row per raster code
     * (0-65535); blank lines and lines starting with # are skipped.
     */
    public static ClassMapping fromCsv(Path file) {
        List<String> lines;
        try {
            if (Files.size(file) > 1 << 20) {
                throw new SpatialException(file + ": a class mapping larger than 1 MB is refused");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpatialException(file + ": cannot read the class mapping: " + e.getMessage(), e);
        }
        Map<Integer, String> m = new LinkedHashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (!header) {
                if (f.length != 2 || !f[0].strip().equalsIgnoreCase("code") || !f[1].strip().equalsIgnoreCase("class")) {
                    throw new SpatialException(file + ", row " + (i + 1) + ": the header must be 'code,class', got '" + line + "'");
                }
                header = true;
                continue;
            }
            if (f.length != 2) {
                throw new SpatialException(file + ", row " + (i + 1) + ": expected 2 columns (code,class), got " + f.length);
            }
            int code;
            try {
                code = Integer.parseInt(f[0].strip());
            } catch (NumberFormatException e) {
                throw new SpatialException(file + ", row " + (i + 1) + ", column code: '" + f[0].strip() + "' is not an integer");
            }
            if (code < 0 || code > 65535) {
                throw new SpatialException(file + ", row " + (i + 1) + ", column code: " + code + " is outside 0-65535");
            }
            String cls = f[1].strip();
            if (cls.isEmpty()) {
                throw new SpatialException(file + ", row " + (i + 1) + ", column class: empty");
            }
            if (m.put(code, cls) != null) {
                throw new SpatialException(file + ", row " + (i + 1) + ", column code: code " + code + " is mapped twice");
            }
        }
        if (m.isEmpty()) {
            throw new SpatialException(file + ": the class mapping has no rows");
        }
        return new ClassMapping(file.getFileName().toString(), m);
    }
}
