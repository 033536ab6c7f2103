package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.landcarbon.cli.tests.FiveYearlyAreas.at;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;

/**
 * stock, set-method, override, coefficients import, account --coefficients FILE.csv and --not-applicable, on a
 * five-yearly study of areas only (made-up test numbers; hand calculations beside each check).
 */
class AccountingCommandsTest {

    @TempDir
    Path dir;

    /** {@link FiveYearlyAreas} saved. */
    private Path study() throws Exception {
        Path file = dir.resolve("areas.landcarbon");
        StudyFiles.save(FiveYearlyAreas.study(), file);
        return file;
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void stockFromACsvOfAreasAsAPaperPrintsIt() throws Exception {
        Path areas = write("areas.csv", "year,Cultivated land [10^4 hm2],林地 [10^4 hm2],Construction land [10^4 hm2]\n"
                + "2000,100,200,10\n2005,95,203,12\n2010,90,205,15\n");
        Path densities = write("densities.csv", FiveYearlyAreas.DENSITIES);
        Result r = CliHarness.run("stock", "--input", areas.toString(), "--densities", densities.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        Object json = Json.parse(r.out());
        // 10^4 hm2 x t C / hm2 = 10^4 t C: forest 200 x (40+10+150+2) = 40400; total 2000 = 10600 + 40400 + 200 = 51200
        assertEquals(40400, at(json, "stocks", "2000", "forest"), 1e-9);
        assertEquals(51200, at(json, "stocks", "2000", "total"), 1e-9);
        // 2005: 95 x 106 + 203 x 202 + 12 x 20 = 51316; change +116, emission -116
        assertEquals(116, at(json, "change", "2000-2005", "total"), 1e-9);
        assertEquals(-116, at(json, "emission", "2000-2005", "total"), 1e-9);
        // first to last: 51250 - 51200 = 50
        assertEquals(50, at(json, "change", "2000-2010", "total"), 1e-9);
        assertTrue(r.out().contains("\"unit\" : \"10^4 t C\""), r.out());

        // the same from the study; Tg of CO2: 2005-2010 emission 66 10^4 t C x 44/12 = 242 10^4 t CO2 = 2.42 Tg CO2
        r = CliHarness.run("stock", "--input", study().toString(), "--densities", densities.toString(), "--unit", "Tg", "--co2",
                "--change", "2005-2010", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        json = Json.parse(r.out());
        assertEquals(2.42, at(json, "emission", "2005-2010", "total"), 1e-12);
        assertTrue(r.out().contains("\"unit\" : \"Tg CO2\""), r.out());

        // pools: above + below only, forest 2000 = 200 x 50 = 10000
        r = CliHarness.run("stock", "--input", areas.toString(), "--densities", densities.toString(), "--pools", "above,below", "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("stock,2000,600.0,10000.0,0.0,10600.0,10^4 t C"), r.out());

        r = CliHarness.run("stock", "--input", areas.toString(), "--densities", densities.toString(), "--trail", "2000", "forest");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("stock forest 2000 = 200 10^4 hm2 x 202 t C / hm2 = 404000000 t C = 40400 10^4 t C"), r.out());

        r = CliHarness.run("stock", "--input", areas.toString(), "--densities", densities.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("2000-2005 emission"), r.out());
    }

    @Test
    void theStockAccountBesideTheEmissionAccount() throws Exception {
        Path densities = write("densities.csv", FiveYearlyAreas.DENSITIES);
        Result r = CliHarness.run("account", study().toString(), "--densities", densities.toString());
        assertEquals(0, r.exitCode(), r.err());
        // the emission account first (forest 200 x 0.644 = 128.80), then the stocks (total 2000 = 51200.00)
        int account = r.out().indexOf("128.80");
        int stocks = r.out().indexOf("Carbon stocks (pools: above, below, soil, dead); unit: 10^4 t C");
        assertTrue(account > 0 && stocks > account, r.out());
        assertTrue(r.out().indexOf("51200.00") > stocks, r.out());
        assertEquals(2, CliHarness.run("account", study().toString(), "--densities", densities.toString(), "--format", "json").exitCode());
    }

    @Test
    void stockRefusesBadDensitiesWithFileRowAndColumn() throws Exception {
        Path densities = write("bad.csv", FiveYearlyAreas.DENSITIES.replace("Woodland,40", "Woodland,forty"));
        Result r = CliHarness.run("stock", "--input", study().toString(), "--densities", densities.toString());
        assertEquals(1, r.exitCode());
        assertEquals("landcarbon stock: bad.csv, row 3, column above: 'forty' is not a number\n", r.err());
        assertEquals("", r.out());
        assertEquals(2, CliHarness.run("stock", "--input", study().toString(), "--densities", densities.toString(), "--pools", "leaves").exitCode());
    }

    @Test
    void overrideSetMethodAndNotApplicableMakeTheTotalsPrint() throws Exception {
        Path study = study();
        Result r = CliHarness.run("account", study.toString(), "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        // five-yearly: only the study's three years
        assertEquals(4, r.out().lines().count(), r.out());
        // a density is not a rate: refused, nothing saved
        r = CliHarness.run("override", study.toString(), "source.construction", "20", "--source", "test", "--unit", "t C / hm2");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("source.construction needs carbon / (area time), but t C / hm2 is carbon / area"), r.err());
        r = CliHarness.run("override", study.toString(), "source.construction", "50", "--source", "made-up test value", "--unit", "t C / (hm2 a)");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(2, CliHarness.run("override", study.toString(), "sink.forest", "-0.5").exitCode(), "--source is required");
        r = CliHarness.run("set-method", study.toString(), "agricultural_land", "not-applicable");
        assertEquals(0, r.exitCode(), r.err());
        r = CliHarness.run("set-method", study.toString(), "cropland", "not-applicable");
        assertEquals(0, r.exitCode(), r.err());
        Study saved = StudyFiles.load(study);
        assertEquals(java.util.List.of("agricultural_land", "cropland"), saved.getNotApplicable());
        r = CliHarness.run("account", study.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        // construction 2000: 10 x 10^4 hm2 x 50 t C / (hm2 a) = 500 10^4 t C; forest 200 x 0.644 = 128.8 -> net 371.2
        assertTrue(r.out().contains("\"method\" : \"source.area\""), r.out());
        assertTrue(r.out().contains("\"id\" : \"construction\",\n    \"kind\" : \"source\",\n    \"method\" : \"source.area\""), r.out());
        assertTrue(r.out().contains("method for construction: source.area (default: the highest-priority method whose inputs the study has; "
                + "not construction.energy_intensity: the study has no series energy_intensity"), r.out());
        assertTrue(r.out().contains("\"status\" : \"not_applicable\""), r.out());
        r = CliHarness.run("account", study.toString(), "--trail", "2000", "net");
        assertTrue(r.out().startsWith("net 2000 = 371.20 10^4 t C"), r.out());
        // choosing the yields method again for cropland is fine; a method that is not installed is bad usage
        assertEquals(2, CliHarness.run("set-method", study.toString(), "construction", "no.such.method").exitCode());
        r = CliHarness.run("set-method", study.toString(), "construction", "construction.energy_intensity");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("note: 3 of 3 years have no value"), r.out());
        r = CliHarness.run("set-method", study.toString(), "construction", "default");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(StudyFiles.load(study).getMethodChoices().isEmpty());
    }

    @Test
    void notApplicableOnTheCommandLineOnly() throws Exception {
        Path study = study();
        Result r = CliHarness.run("account", study.toString(), "--not-applicable", "construction,agricultural_land,cropland,transport");
        assertEquals(0, r.exitCode(), r.err());
        // sinks: forest 200 x 0.644 = 128.80 (10^4 t C), no source applies: net -128.80
        assertTrue(r.out().contains("-128.80"), r.out());
        assertTrue(r.out().contains("- = declared not applicable"), r.out());
        assertTrue(StudyFiles.load(study).getNotApplicable().isEmpty(), "not saved");
    }

    @Test
    void coefficientSetFilesImportedUsedAndDiffed() throws Exception {
        Path study = study();
        Path set = write("my-set.csv", """
                # id: test-area-coefficients
                # name: made-up test set
                # base: seed-guizhou
                key,value,unit,source,note
                source.construction,50,t C / (hm2 a),made-up test value,
                sink.forest,-0.5,t C / (hm2 a),made-up test value,
                """);
        Result r = CliHarness.run("account", study.toString(), "--coefficients", set.toString(), "--trail", "2000", "forest");
        assertEquals(0, r.exitCode(), r.err());
        // 200 x 0.5 = 100 10^4 t C
        assertTrue(r.out().startsWith("forest 2000 = 100.00 10^4 t C"), r.out());
        r = CliHarness.run("coefficients", "--diff", "seed-guizhou", set.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("2 coefficient(s) differ"), r.out());
        assertTrue(r.out().contains("source.construction"), r.out());
        r = CliHarness.run("coefficients", "import", set.toString(), "--into", study.toString(), "--use");
        assertEquals(0, r.exitCode(), r.err());
        Study saved = StudyFiles.load(study);
        assertEquals("test-area-coefficients", saved.getCoefficientSetId());
        assertEquals("seed-guizhou", saved.getCoefficientSets().get(0).getBase());
        r = CliHarness.run("account", study.toString(), "--trail", "2000", "construction");
        assertTrue(r.out().startsWith("construction 2000 = 500.00 10^4 t C"), r.out());

        Path bad = write("bad-set.csv", "# id: bad\nkey,value,unit,source,note\nsink.forest,-150,t C / hm2,a stock density,\n");
        r = CliHarness.run("coefficients", "import", bad.toString(), "--into", study.toString());
        assertEquals(1, r.exitCode());
        assertEquals("landcarbon coefficients: bad-set.csv, row 3, column unit: sink.forest needs carbon / (area time), but 't C / hm2' is carbon / area\n",
                r.err());
        assertFalse(StudyFiles.load(study).getCoefficientSets().stream().anyMatch(s -> s.getId().equals("bad")));
    }
}
