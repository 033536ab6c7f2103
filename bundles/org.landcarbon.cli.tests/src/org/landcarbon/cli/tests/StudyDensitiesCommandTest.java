package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landcarbon.cli.tests.FiveYearlyAreas.at;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.accounting.stock.StudyDensities;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;

/**
 * A study that keeps its densities (the workbench's Carbon stocks page): {@code stock} and {@code account} use
 * them without --densities (hand table of AccountingCommandsTest: forest 2000 = 200 x 202 = 40400 10^4 t C).
 */
class StudyDensitiesCommandTest {

    @TempDir
    Path dir;

    private Path study(boolean withDensities) throws Exception {
        Study s = FiveYearlyAreas.study();
        if (withDensities) {
            s.getCarbonDensities().addAll(StudyDensities.read(s, FiveYearlyAreas.DENSITIES, "densities.csv"));
        }
        Path file = dir.resolve(withDensities ? "kept.landcarbon" : "plain.landcarbon");
        StudyFiles.save(s, file);
        return file;
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

    /** The study with one density changed, saved. */
    private Path edited(java.util.function.Consumer<Study> edit) throws Exception {
        Study s = FiveYearlyAreas.study();
        s.getCarbonDensities().addAll(StudyDensities.read(s, FiveYearlyAreas.DENSITIES, "densities.csv"));
        edit.accept(s);
        Path file = dir.resolve("edited.landcarbon");
        StudyFiles.save(s, file);
        return file;
    }

    @Test
    void validateReportsWhatStockAndAccountRefuse() throws Exception {
        Path bad = edited(s -> s.getCarbonDensities().get(1).setSoil(-3.0));
        String problem = "study densities row 2 (forest), column soil: a density cannot be -3.0";
        CliHarness.Result r = CliHarness.run("validate", bad.toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.out().contains("ERROR   Study 'Five-yearly areas', " + problem + "\n"), r.out());
        assertTrue(r.out().contains(": 1 error, "), r.out()); // and the five-yearly series' missing years as warnings

        r = CliHarness.run("stock", "--input", bad.toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.err().contains(problem), r.err());
        r = CliHarness.run("account", bad.toString());
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.err().contains("'landcarbon validate' finds 1 error") && r.err().contains(problem), r.err());
    }

    @Test
    void aDensityInTheWrongUnitIsAWarningEverywhere() throws Exception {
        // the table's t C / hm2 values typed as kg C / m2: forest soil 150 kg C / m2 = 1500 t C / hm2
        Path slip = edited(s -> s.getCarbonDensities().get(1).setUnit("kg C / m2"));
        String warning = "study densities row 2 (forest), column soil: 150 kg C / m2 = 1500 t C / hm2 is more than any land holds as soil "
                + "organic carbon (at most about 1000 t C / hm2); is the value in another unit?";
        CliHarness.Result r = CliHarness.run("validate", slip.toString());
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().contains("WARNING Study 'Five-yearly areas', " + warning), r.out());
        r = CliHarness.run("stock", "--input", slip.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("landcarbon stock: warning: " + warning), r.err());
        // forest 2000: 200 x (400 + 100 + 1500 + 20) = 404000 10^4 t C, computed as given
        assertEquals(404000, at(Json.parse(r.out()), "stocks", "2000", "forest"), 1e-6);
    }
}
