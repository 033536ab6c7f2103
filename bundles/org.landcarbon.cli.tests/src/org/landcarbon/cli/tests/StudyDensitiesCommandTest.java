package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.accounting.stock.StudyDensities;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.study.LandClassSystems;

/**
 * A study that keeps its densities (the workbench's Carbon stocks page): {@code stock} and {@code account} use
 * them without --densities (hand table of AccountingCommandsTest: forest 2000 = 200 x 202 = 40400 10^4 t C).
 */
class StudyDensitiesCommandTest {

    private static final LandCarbonFactory F = LandCarbonFactory.eINSTANCE;

    @TempDir
    Path dir;

    private Path study(boolean withDensities) throws Exception {
        Study s = F.createStudy();
        s.setName("Five-yearly areas");
        s.setStartYear(2000);
        s.setEndYear(2010);
        s.setCoefficientSetId("seed-guizhou");
        s.setLandClassSystem(LandClassSystems.seed());
        s.getLandClassSystem().getClasses().removeIf(c -> !java.util.Set.of("cropland", "forest", "construction").contains(c.getId()));
        add(s, "area.cropland", 100, 95, 90);
        add(s, "area.forest", 200, 203, 205);
        add(s, "area.construction", 10, 12, 15);
        if (withDensities) {
            s.getCarbonDensities().addAll(StudyDensities.read(s, AccountingCommandsTest.DENSITIES, "densities.csv"));
        }
        Path file = dir.resolve(withDensities ? "kept.landcarbon" : "plain.landcarbon");
        StudyFiles.save(s, file);
        return file;
    }

    private static void add(Study s, String id, double... v) {
        Series series = F.createSeries();
        series.setId(id);
        series.setUnit("10^4 hm2");
        int[] years = { 2000, 2005, 2010 };
        for (int i = 0; i < 3; i++) {
            YearValue y = F.createYearValue();
            y.setYear(years[i]);
            y.setValue(v[i]);
            y.setProvenance(ProvenanceKind.ENTERED);
            series.getValues().add(y);
        }
        s.getSeries().add(series);
    }

    @SuppressWarnings("unchecked")
    private static double at(Object json, String... path) {
        Object o = json;
        for (String p : path) {
            o = ((Map<String, Object>) o).get(p);
        }
        return (Double) o;
    }

    @Test
    void theStudysOwnDensitiesWithoutAFile() throws Exception {
        Path kept = study(true);
        CliHarness.Result r = CliHarness.run("stock", "--input", kept.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        Object json = Json.parse(r.out());
        assertEquals(40400, at(json, "stocks", "2000", "forest"), 1e-9);
        assertEquals(51200, at(json, "stocks", "2000", "total"), 1e-9);
        assertEquals(-116, at(json, "emission", "2000-2005", "total"), 1e-9);

        r = CliHarness.run("stock", "--input", kept.toString(), "--trail", "2000", "forest");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("(study densities row 2; source: test table; imported from densities.csv row 3)"), r.out());

        r = CliHarness.run("account", kept.toString());
        assertEquals(0, r.exitCode(), r.err());
        int stocks = r.out().indexOf("Carbon stocks (pools: above, below, soil, dead); unit: 10^4 t C");
        assertTrue(r.out().indexOf("128.80") > 0 && stocks > r.out().indexOf("128.80"), r.out());

        r = CliHarness.run("stock", "--input", study(false).toString());
        assertEquals(2, r.exitCode(), r.out());
        assertTrue(r.err().contains("--densities FILE.csv is needed: ") && r.err().contains("keeps no carbon densities"), r.err());
    }
}
