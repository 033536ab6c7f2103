package org.landcarbon.analysis.spatial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.DataTable.Column;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.TextMap;
import org.landcarbon.analysis.spatial.Moran;
import org.landcarbon.analysis.spatial.SpatialWeights;
import org.landcarbon.analysis.spatial.WeightsCsv;
import org.landcarbon.analysis.spatial.internal.MoranAnalysis;

/**
 * Moran's I on a hand-worked lattice: four regions in a row A-B-C-D (rook contiguity), values 1, 2, 3, 4.
 * Row-standardised: A {B 1}, B {A .5, C .5}, C {B .5, D .5}, D {C 1}; S0 = 4, n = 4.
 * z = (-1.5, -.5, .5, 1.5), sum z^2 = 5; lags (-.5, -.5, .5, .5); sum z_i lag_i = .75 + .25 + .25 + .75 = 2;
 * I = (4/4) 2/5 = 0.4; E[I] = -1/3.
 * Randomisation variance: S1 = 1/2 sum (w_ij + w_ji)^2 = 2.25 + 1 + 2.25 = 5.5; column sums (.5, 1.5, 1.5, .5), row
 * sums 1: S2 = 1.5^2 + 2.5^2 + 2.5^2 + 1.5^2 = 17; b2 = 4 (2 x 5.0625 + 2 x 0.0625) / 25 = 1.64;
 * Var = [4 (7 x 5.5 - 4 x 17 + 48) - 1.64 (12 x 5.5 - 8 x 17 + 96)] / (3 x 2 x 1 x 16) - 1/9 = (74 - 42.64)/96 - 1/9 = 0.215556.
 * Local: m2 = 5/4, I_i = z_i lag_i / m2 = (.6, .2, .2, .6); quadrants LL LL HH HH.
 */
class MoranTest {

    @TempDir
    Path dir;

    static SpatialWeights line() {
        return SpatialWeights.builder().addSymmetric("A", "B", 1).addSymmetric("B", "C", 1).addSymmetric("C", "D", 1).build();
    }

    @Test
    void globalByHand() {
        SpatialWeights w = line().alignedTo(List.of("A", "B", "C", "D")).rowStandardised();
        Moran.Global g = Moran.global(new double[] {1, 2, 3, 4}, w, 999, 1);
        assertEquals(0.4, g.i(), 1e-12);
        assertEquals(-1.0 / 3, g.expected(), 1e-12);
        assertEquals((74 - 42.64) / 96 - 1.0 / 9, g.variance(), 1e-12);
        assertEquals((0.4 + 1.0 / 3) / Math.sqrt((74 - 42.64) / 96 - 1.0 / 9), g.z(), 1e-12);
    }

    @Test
    void permutationPValueApproachesTheExactOne() {
        // all 24 orders of 1..4 on the line: I = (1.5 z1 z2 + z2 z3 + 1.5 z3 z4)/5; only 1234 and 4321 reach 0.4,
        // so the exact one-sided p is 2/24; 19999 draws estimate it with sd sqrt(p(1-p)/R) = 0.002
        SpatialWeights w = line().rowStandardised();
        int atLeast = 0;
        int[][] orders = permutations(new int[] {1, 2, 3, 4});
        for (int[] o : orders) {
            double[] x = {o[0], o[1], o[2], o[3]};
            atLeast += Moran.statistic(x, w) >= 0.4 - 1e-12 ? 1 : 0;
        }
        assertEquals(24, orders.length);
        assertEquals(2, atLeast);
        Moran.Global g = Moran.global(new double[] {1, 2, 3, 4}, w, 19999, 7);
        assertEquals(2.0 / 24, g.pPermutation(), 0.008);
        assertEquals(g.pPermutation(), Moran.global(new double[] {1, 2, 3, 4}, w, 19999, 7).pPermutation(), 0, "seeded: reproducible");
    }

    @Test
    void localByHandThroughTheAnalysis() throws Exception {
        Path csv = dir.resolve("line.csv");
        Files.writeString(csv, "# rook contiguity of four regions in a row (hand-made)\nid,neighbour,weight\nA,B,1\nB,A,1\nB,C,1\nC,B,1\nC,D,1\nD,C,1\n");
        DataTable t = DataTable.ofLabels("values.csv", "region", new String[] {"D", "C", "B", "A"}, null,
                List.of(new Column("v", "t", new double[] {4, 3, 2, 1}, "")));
        AnalysisResult r = AnalysisRunner.run(new MoranAnalysis(), t, Map.of("weights", csv.toString(), "alpha", "0.5"));
        assertEquals(0.4, r.scalar("moran_i"), 1e-12, "the order of the rows does not matter");
        Table local = r.get("local", Table.class);
        assertEquals(0.6, local.get("A", "I_i"), 1e-12);
        assertEquals(0.2, local.get("B", "I_i"), 1e-12);
        assertEquals(0.5, local.get("C", "lag"), 1e-12);
        assertEquals(Map.of("A", "LL", "B", "LL", "C", "HH", "D", "HH"), r.get("quadrant", TextMap.class).values());
        // A's single neighbour is drawn from {2, 3, 4}: lag z in {-.5, .5, 1.5}; only -.5 gives I_i >= .6: p -> (1 + R/3)/(R + 1)
        assertEquals(1.0 / 3, local.get("A", "pseudo p"), 0.05);
    }

    @Test
    void weightsFileAndDataErrorsNameThePlace() throws Exception {
        Path bad = dir.resolve("w.csv");
        Files.writeString(bad, "id,neighbour,weight\nA,B,1\nB,B,1\n");
        AnalysisException self = assertThrows(AnalysisException.class, () -> WeightsCsv.read(bad));
        assertEquals("w.csv line 3: region 'B' cannot be its own neighbour", self.getMessage());
        Files.writeString(bad, "id,neighbour,weight\nA,B,x\n");
        assertEquals("w.csv line 2, column weight: 'x' is not a number", assertThrows(AnalysisException.class, () -> WeightsCsv.read(bad)).getMessage());
        Files.writeString(bad, "from,to\nA,B\n");
        assertTrue(assertThrows(AnalysisException.class, () -> WeightsCsv.read(bad)).getMessage().startsWith("w.csv line 1: the header"));
        Files.writeString(bad, "id,neighbour\nA,B\nB,A\nB,Z\n");
        DataTable t = DataTable.ofLabels("values.csv", "region", new String[] {"A", "B", "C", "D"}, null,
                List.of(new Column("v", "t", new double[] {4, 3, 2, 1}, "")));
        AnalysisException unknown = assertThrows(AnalysisException.class,
                () -> AnalysisRunner.run(new MoranAnalysis(), t, Map.of("weights", bad.toString())));
        assertTrue(unknown.getMessage().contains("the weights name region 'Z', which the data do not have"), unknown.getMessage());
    }

    @Test
    void rowStandardisationAndIslands() {
        SpatialWeights w = SpatialWeights.builder().add("A", "B", 2).add("A", "C", 6).region("D").build().rowStandardised();
        assertEquals(0.25, w.weights(0)[0], 1e-12);
        assertEquals(0.75, w.weights(0)[1], 1e-12);
        assertEquals(List.of("B", "C", "D"), w.islands());
        assertThrows(IllegalArgumentException.class, () -> SpatialWeights.builder().add("A", "B", -1));
    }

    private static int[][] permutations(int[] a) {
        if (a.length == 1) {
            return new int[][] {a};
        }
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            int[] rest = new int[a.length - 1];
            for (int j = 0, k = 0; j < a.length; j++) {
                if (j != i) {
                    rest[k++] = a[j];
                }
            }
            for (int[] p : permutations(rest)) {
                int[] full = new int[a.length];
                full[0] = a[i];
                System.arraycopy(p, 0, full, 1, p.length);
                out.add(full);
            }
        }
        return out.toArray(int[][]::new);
    }
}
