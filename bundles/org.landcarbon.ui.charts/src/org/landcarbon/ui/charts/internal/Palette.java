package org.landcarbon.ui.charts.internal;

/** Colours of chart series: distinguishable, calm, printable (Tableau 10 order), as RGB triples. */
public final class Palette {

    private static final int[][] SOURCES = { { 214, 96, 77 }, { 244, 165, 130 }, { 178, 24, 43 }, { 253, 219, 199 } };
    private static final int[][] SINKS = { { 27, 120, 55 }, { 90, 174, 97 }, { 166, 219, 160 }, { 67, 147, 195 },
            { 146, 197, 222 }, { 209, 229, 240 }, { 120, 120, 160 } };
    /** The edges of a 95 % interval: grey, so they read as belonging to the line they surround. */
    public static final int[] BAND = { 110, 110, 110 };

    private static final int[][] LINES = { { 33, 33, 33 }, { 31, 119, 180 }, { 255, 127, 14 }, { 148, 103, 189 } };

    private Palette() {
    }

    /** The colour of a land class or component, the same in every chart; null for one without its own. */
    public static int[] of(String key) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "forest" -> new int[] { 27, 120, 55 };
            case "cropland" -> new int[] { 191, 160, 40 };
            case "garden" -> new int[] { 120, 190, 90 };
            case "grassland" -> new int[] { 170, 210, 120 };
            case "water" -> new int[] { 50, 120, 190 };
            case "unused" -> new int[] { 150, 150, 150 };
            case "construction" -> new int[] { 200, 70, 50 };
            case "agricultural_land" -> new int[] { 240, 150, 70 };
            default -> null;
        };
    }

    public static int[] source(int i) {
        return SOURCES[i % SOURCES.length];
    }

    public static int[] sink(int i) {
        return SINKS[i % SINKS.length];
    }

    public static int[] line(int i) {
        return LINES[i % LINES.length];
    }
}
