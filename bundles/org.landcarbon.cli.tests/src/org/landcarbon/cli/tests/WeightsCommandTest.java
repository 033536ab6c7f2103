package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code landcarbon weights}: contiguity from polygons, and the CSV through {@code run spatial.moran}. */
class WeightsCommandTest {

    // four unit squares in a row, A B C D (WGS84 degrees near the equator)
    private static String row() {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        String[] ids = {"A", "B", "C", "D"};
        for (int i = 0; i < 4; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"id\":\"").append(ids[i])
                    .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[").append(i).append(",0],[").append(i + 1)
                    .append(",0],[").append(i + 1).append(",1],[").append(i).append(",1],[").append(i).append(",0]]]}}");
        }
        return sb.append("]}").toString();
    }

    @Test
    void rookWeightsOfALineGiveTheHandComputedMoransI(@TempDir Path dir) throws Exception {
        Path geo = Files.writeString(dir.resolve("line.geojson"), row());
        Path w = dir.resolve("rook.csv");
        CliHarness.Result r = CliHarness.run("weights", "--boundaries", geo.toString(), "--id-field", "id", "--contiguity", "rook", "--out",
                w.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("Wrote 6 links between 4 regions to " + w, r.out().strip());
        assertEquals("id,neighbour,weight\nA,B,1\nB,A,1\nB,C,1\nC,B,1\nC,D,1\nD,C,1\n", Files.readString(w).substring(Files.readString(w).indexOf('\n') + 1));

        // values 1..4 along the line, row-standardised: I = (n/S0) sum w z z / sum z^2 = (4/4) x 2.0 / 5 = 0.4
        Path values = Files.writeString(dir.resolve("values.csv"), "region,v\nA,1\nB,2\nC,3\nD,4\n");
        CliHarness.Result moran = CliHarness.run("run", "spatial.moran", "--input", values.toString(), "--column", "v", "--weights", w.toString());
        assertEquals(0, moran.exitCode(), moran.err());
        assertEquals(0.4, ((Number) Json.object(moran.out()).get("moran_i")).doubleValue(), 1e-12, moran.out());
    }

    @Test
    void queenAddsTheCornersAndBadInputFails(@TempDir Path dir) throws Exception {
        // a 2 x 2 block: queen links every pair (12 directed links), rook only the 4 edges (8)
        String block = "{\"type\":\"FeatureCollection\",\"features\":[" + square("a", 0, 0) + "," + square("b", 1, 0) + "," + square("c", 0, 1)
                + "," + square("d", 1, 1) + "," + square("far", 5, 5) + "]}";
        Path geo = Files.writeString(dir.resolve("block.geojson"), block);
        CliHarness.Result queen = CliHarness.run("weights", "--boundaries", geo.toString(), "--id-field", "id", "--contiguity", "queen");
        assertEquals(0, queen.exitCode(), queen.err());
        assertEquals(12, queen.out().lines().filter(l -> l.endsWith(",1")).count(), queen.out());
        assertTrue(queen.out().contains("\na,d,1\n"), queen.out());
        assertTrue(queen.err().contains("warning: 1 of 5 regions have no queen neighbour: far"), queen.err());
        CliHarness.Result rook = CliHarness.run("weights", "--boundaries", geo.toString(), "--id-field", "id", "--contiguity", "rook");
        assertEquals(8, rook.out().lines().filter(l -> l.endsWith(",1")).count(), rook.out());

        assertEquals(2, CliHarness.run("weights", "--boundaries", geo.toString(), "--id-field", "id", "--contiguity", "bishop").exitCode());
        assertEquals(2, CliHarness.run("weights", "--boundaries", geo.toString(), "--id-field", "id").exitCode());
        CliHarness.Result noField = CliHarness.run("weights", "--boundaries", geo.toString(), "--id-field", "code", "--contiguity", "rook");
        assertEquals(1, noField.exitCode());
        assertTrue(noField.err().contains("code"), noField.err());
    }

    private static String square(String id, int x, int y) {
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y
                + "],[" + (x + 1) + "," + y + "],[" + (x + 1) + "," + (y + 1) + "],[" + x + "," + (y + 1) + "],[" + x + "," + y + "]]]}}";
    }
}
