package org.landcarbon.spatial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.Contiguity;
import org.landcarbon.spatial.Contiguity.Rule;
import org.landcarbon.spatial.Region;
import org.landcarbon.spatial.SpatialException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Queen and rook contiguity on a 3 x 3 grid of unit squares and on the sample counties. */
class ContiguityTest {

    @TempDir
    Path dir;

    private static final GeometryFactory GF = new GeometryFactory();

    // cell (r, c) is "rc"; its ring is moved east by (3r + c) x jitter (digitising noise): neighbours' vertices are 1 to 4 x jitter apart
    private static List<Region> grid(double jitter) {
        List<Region> out = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                double j = (r * 3 + c) * jitter;
                Coordinate[] ring = {new Coordinate(c + j, r), new Coordinate(c + 1 + j, r), new Coordinate(c + 1 + j, r + 1),
                        new Coordinate(c + j, r + 1), new Coordinate(c + j, r)};
                out.add(new Region(r + "" + c, r + "" + c, GF.createPolygon(ring)));
            }
        }
        return out;
    }

    @Test
    void queenHasEightNeighboursForTheCentreRookFour() {
        Map<String, TreeSet<String>> queen = Contiguity.neighbours(grid(0), Rule.QUEEN, 0);
        Map<String, TreeSet<String>> rook = Contiguity.neighbours(grid(0), Rule.ROOK, 0);
        assertEquals(Set.of("00", "01", "02", "10", "12", "20", "21", "22"), queen.get("11"));
        assertEquals(Set.of("01", "10", "12", "21"), rook.get("11"));
        assertEquals(Set.of("01", "10", "11"), queen.get("00"), "a corner cell: 3 queen neighbours");
        assertEquals(Set.of("01", "10"), rook.get("00"), "2 rook neighbours");
        assertEquals(Set.of("00", "02", "10", "11", "12"), queen.get("01"), "an edge cell: 5");
        assertEquals(Set.of("00", "02", "11"), rook.get("01"), "3");
        // links: queen 2 x (12 edges + 8 diagonals) = 40, rook 2 x 12 = 24
        assertEquals(40, queen.values().stream().mapToInt(Set::size).sum());
        assertEquals(24, rook.values().stream().mapToInt(Set::size).sum());
        queen.forEach((a, nb) -> nb.forEach(b -> assertEquals(true, queen.get(b).contains(a), "symmetric")));
    }

    @Test
    void theToleranceSnapsDigitisingNoise() {
        // neighbouring cells' vertices 1e-6 to 4e-6 apart: no contact at tolerance 0.5e-6, the full grid at 5e-6
        assertEquals(Set.of(), Contiguity.neighbours(grid(1e-6), Rule.QUEEN, 0.5e-6).get("11"));
        assertEquals(Set.of("10", "12"), Contiguity.neighbours(grid(1e-6), Rule.QUEEN, 1.5e-6).get("11"), "only the 1e-6 offsets east and west");
        assertEquals(8, Contiguity.neighbours(grid(1e-6), Rule.QUEEN, 5e-6).get("11").size());
        assertEquals(4, Contiguity.neighbours(grid(1e-6), Rule.ROOK, 5e-6).get("11").size());
        assertThrows(SpatialException.class, () -> Contiguity.neighbours(grid(0), Rule.QUEEN, -1));
    }

    @Test
    void sampleCountiesAsGeoJsonAndShapefile() throws IOException {
        // from the sample's coordinates: A-B share 3 vertices (2 edges), C-D (the hole) 4 edges, A-C and B-C one vertex each
        for (String file : List.of("counties.geojson", "counties.shp")) {
            for (String ext : List.of("dbf", "prj", "cpg", "shx")) {
                sample("counties." + ext);
            }
            List<Region> regions = Boundaries.read(sample(file), "code", null).regions();
            assertEquals(Map.of("520001", Set.of("520002", "520003"), "520002", Set.of("520001", "520003"), "520003",
                    Set.of("520001", "520002", "520004"), "520004", Set.of("520003")), Contiguity.neighbours(regions, Rule.QUEEN, 0), file);
            assertEquals(Map.of("520001", Set.of("520002"), "520002", Set.of("520001"), "520003", Set.of("520004"), "520004",
                    Set.of("520003")), Contiguity.neighbours(regions, Rule.ROOK, 0), file);
        }
    }

    private Path sample(String name) throws IOException {
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        Bundle bundle = FrameworkUtil.getBundle(ContiguityTest.class);
        Enumeration<URL> found = bundle.findEntries("samples", name, false);
        if (found == null || !found.hasMoreElements()) {
            throw new IOException("samples/" + name + " not found");
        }
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, target);
        }
        return target;
    }
}
