package org.landcarbon.accounting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.stock.CarbonPool;
import org.landcarbon.accounting.stock.StockAccount;
import org.landcarbon.accounting.stock.StockAccounting;
import org.landcarbon.accounting.stock.StudyDensities;
import org.landcarbon.model.CarbonDensity;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.units.Units;

/**
 * Densities kept in the study: imported from the densities CSV (all or nothing), saved and read back, and
 * accounted like the file (the hand table of {@link StockAccountingTest}: forest 2000 = 200 x 202 = 40400 10^4 t C).
 */
class StudyDensitiesTest {

    private final Path dir = temp();

    private static Path temp() {
        try {
            return Files.createTempDirectory("densities");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Study imported() throws IOException {
        Study s = StockAccountingTest.areas();
        s.getCarbonDensities().addAll(StudyDensities.read(s, StockAccountingTest.DENSITIES, "densities.csv"));
        return s;
    }

    @Test
    void importedRowsKeepClassPoolsUnitSourceAndOrigin() throws Exception {
        Study s = imported();
        assertEquals(3, s.getCarbonDensities().size());
        CarbonDensity forest = s.getCarbonDensities().get(1);
        assertEquals("forest", forest.getLandClass()); // 林地 in the file
        assertEquals(40, forest.getAbove(), 0);
        assertEquals(10, forest.getBelow(), 0);
        assertEquals(150, forest.getSoil(), 0);
        assertEquals(2, forest.getDead(), 0);
        assertEquals("t C / hm2", forest.getUnit());
        assertEquals("test table", forest.getSource());
        assertEquals("densities.csv row 4", forest.getOrigin());
        assertEquals("cropland", s.getCarbonDensities().get(0).getLandClass()); // "Cultivated land"
    }

    @Test
    void savedAndReadBackTheStockIsAreaTimesDensity() throws Exception {
        Path file = dir.resolve("stocks.landcarbon");
        StudyFiles.save(imported(), file);
        Study back = StudyFiles.load(file);
        assertEquals(3, back.getCarbonDensities().size());
        assertEquals("densities.csv row 5", back.getCarbonDensities().get(2).getOrigin());
        StockAccount a = StockAccounting.compute(back, StudyDensities.of(back), Set.of(), Units.TEN_THOUSAND_T_C);
        assertEquals(40400, a.stock(2000, "forest").value().in(Units.TEN_THOUSAND_T_C), 1e-9);
        assertEquals(51200, a.total(2000).value().in(Units.TEN_THOUSAND_T_C), 1e-9);
        assertEquals(-116, a.emission(2000, 2005, "total").value().in(Units.TEN_THOUSAND_T_C), 1e-9);
        assertEquals("density forest = above 40 t C / hm2 + below 10 t C / hm2 + soil 150 t C / hm2 + dead 2 t C / hm2 = 202 t C / hm2"
                + " (study densities row 2; source: test table; imported from densities.csv row 4)", a.stock(2000, "forest").trail().get(1));
    }

    @Test
    void aStudyWithoutDensitiesIsWrittenAsBefore() throws Exception {
        Path file = dir.resolve("plain.landcarbon");
        StudyFiles.save(StockAccountingTest.areas(), file);
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(xml.contains("carbonDensities"), xml);
        assertTrue(StudyFiles.load(file).getCarbonDensities().isEmpty());
    }

    @Test
    void aPoolLeftBlankIsNotGivenNotZero() throws Exception {
        Study s = StockAccountingTest.areas();
        s.getCarbonDensities().addAll(StudyDensities.read(s, "class,above,soil,unit,source\nforest,40,,t C / hm2,x\n", "d.csv"));
        assertEquals(40, s.getCarbonDensities().get(0).getAbove(), 0);
        assertNull(s.getCarbonDensities().get(0).getSoil());
        assertNull(s.getCarbonDensities().get(0).getBelow());
        StockAccount a = StockAccounting.compute(s, StudyDensities.of(s), Set.of(CarbonPool.SOIL), Units.TEN_THOUSAND_T_C);
        assertEquals("study densities row 1 gives no soil density for forest", a.stock(2000, "forest").reason());
    }

    @Test
    void importErrorsNameFileRowAndColumnAndAddNothing() {
        Study s = StockAccountingTest.areas();
        String bad = StockAccountingTest.DENSITIES.replace("20,0,t C / hm2,test table", "20,-1,t C / hm2,test table");
        IOException e = assertThrows(IOException.class, () -> StudyDensities.read(s, bad, "densities.csv"));
        assertEquals("densities.csv, row 5, column dead: a density cannot be -1", e.getMessage());
        e = assertThrows(IOException.class, () -> StudyDensities.read(s, StockAccountingTest.DENSITIES + "Moon rock,1,1,1,1,t C / hm2,x\n", "d.csv"));
        assertTrue(e.getMessage().startsWith("d.csv, row 6, column class: 'Moon rock' is not a land class of the areas (cropland, "), e.getMessage());
        e = assertThrows(IOException.class, () -> StudyDensities.read(s, "class,above,unit,source\nforest,,t C / hm2,x\n", "d.csv"));
        assertEquals("d.csv, row 2: no pool density is given for forest (above, below, soil or dead)", e.getMessage());
        // a pool LandCarbon does not have is not dropped silently (InVEST's other columns, such as lucode, are ignored)
        e = assertThrows(IOException.class, () -> StudyDensities.read(s, "lucode,class,c_above,c_litter,unit,source\n1,forest,40,3,t C / hm2,x\n", "d.csv"));
        assertEquals("d.csv, row 1, column c_litter: not a carbon pool; the pools are above, below, soil and dead (InVEST's c_above, c_below, "
                + "c_soil, c_dead)", e.getMessage());
        assertTrue(s.getCarbonDensities().isEmpty());
    }

    @Test
    void rowsEditedInTheStudyAreCheckedLikeTheFile() throws Exception {
        Study s = imported();
        assertEquals(List.of(), StudyDensities.problems(s));
        s.getCarbonDensities().get(0).setSource(" ");
        s.getCarbonDensities().get(1).setUnit("t C / (hm2 a)");
        s.getCarbonDensities().get(2).setLandClass("forest");
        assertEquals(List.of("study densities row 1 (cropland), column source: every density must cite its source",
                "study densities row 2 (forest), column unit: a carbon density is carbon per area (e.g. t C / hm2), but 't C / (hm2 a)' is carbon / (area time)",
                "study densities row 3 (forest), column class: forest is already given in row 2"), StudyDensities.problems(s));
        IOException e = assertThrows(IOException.class, () -> StudyDensities.of(s));
        assertTrue(e.getMessage().startsWith("study densities row 1 (cropland), column source"), e.getMessage());
        assertEquals("'4O' is not a number", StudyDensities.valueProblem("4O"));
        assertEquals("a density cannot be -3", StudyDensities.valueProblem("-3"));
        assertNull(StudyDensities.valueProblem(" "));
        assertNull(StudyDensities.valueProblem("12.5"));
    }
}
