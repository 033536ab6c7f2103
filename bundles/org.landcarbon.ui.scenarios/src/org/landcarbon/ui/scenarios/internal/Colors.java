package org.landcarbon.ui.scenarios.internal;

/**
 * One colour per compared scenario, the same on the chart, in the SVG and beside the table rows:
 * six hues that stay distinct for the common forms of colour blindness (Okabe and Ito, 2008).
 */
final class Colors {

    private static final int[][] SCENARIO = { { 0, 114, 178 }, { 0, 158, 115 }, { 213, 94, 0 }, { 204, 121, 167 },
            { 86, 180, 233 }, { 230, 159, 0 } };

    private Colors() {
    }

    static int[] scenario(int index) {
        return SCENARIO[index % SCENARIO.length];
    }

    static String hex(int[] c) {
        return String.format("#%02x%02x%02x", c[0], c[1], c[2]);
    }
}
