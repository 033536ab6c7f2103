package org.landcarbon.accounting.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.stock.DensityChecks;
import org.landcarbon.accounting.stock.StudyDensities;
import org.landcarbon.model.CarbonDensity;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.Study;

/**
 * The density rules as the accounting bundle's contributed study check: the plain EMF Diagnostician (what
 * {@code validate} and the workbench's markers run) reports them through the StudyCheck service, and
 * {@link StudyDensities#of} refuses exactly its errors.
 */
class DensityChecksTest {

    private static Study study() throws IOException {
        Study s = StockAccountingTest.areas();
        s.getCarbonDensities().addAll(StudyDensities.read(s, StockAccountingTest.DENSITIES, "densities.csv"));
        return s;
    }

    private static List<Diagnostic> densityFindings(Study s) {
        return Diagnostician.INSTANCE.validate(s).getChildren().stream().filter(d -> DensityChecks.SOURCE.equals(d.getSource())).toList();
    }

    @Test
    void theValidatorRunsTheContributedDensityCheck() throws Exception {
        Study s = study();
        assertEquals(List.of(), densityFindings(s));
        CarbonDensity forest = s.getCarbonDensities().get(1);
        forest.setSoil(-3.0);
        List<Diagnostic> found = densityFindings(s);
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.get(0);
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        assertEquals(DensityChecks.VALUE_INVALID, d.getCode());
        assertEquals("Study 'stock test', study densities row 2 (forest), column soil: a density cannot be -3.0", d.getMessage());
        assertSame(forest, d.getData().get(0));
        assertSame(LandCarbonPackage.eINSTANCE.getCarbonDensity_Soil(), d.getData().get(1));
        IOException e = assertThrows(IOException.class, () -> StudyDensities.of(s));
        assertEquals("study densities row 2 (forest), column soil: a density cannot be -3.0", e.getMessage());
    }

    @Test
    void aValueThatFitsAnotherUnitIsAWarningAndStillComputed() throws Exception {
        Study s = study();
        // the table's t C / hm2 values typed with kg C / m2: soil 150 kg C / m2 = 1500 t C / hm2; above 40 = 400 is still plausible
        s.getCarbonDensities().get(1).setUnit("kg C / m2");
        List<Diagnostic> found = densityFindings(s);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Diagnostic.WARNING, found.get(0).getSeverity());
        assertEquals(DensityChecks.VALUE_IMPLAUSIBLE, found.get(0).getCode());
        assertEquals("Study 'stock test', study densities row 2 (forest), column soil: 150 kg C / m2 = 1500 t C / hm2 is more than any land "
                + "holds as soil organic carbon (at most about 1000 t C / hm2); is the value in another unit?", found.get(0).getMessage());
        assertDoesNotThrow(() -> StudyDensities.of(s));
        assertEquals(1, DensityChecks.warnings(s).size());
        assertEquals(List.of(), DensityChecks.errors(s));
    }

    @Test
    void aClassTheStudyDoesNotHaveIsAnErrorAndAClassWithoutRowAWarning() throws Exception {
        Study s = study();
        s.getCarbonDensities().get(2).setLandClass("moon rock");
        assertEquals(List.of("study densities row 3 (moon rock), column class: moon rock is not a land class of the study ("
                + StudyDensities.knownClasses(s) + "); remove the row or add the class"), DensityChecks.errors(s));
        assertEquals(List.of("study densities: construction has areas but no density row; its stock is not counted (give one, 0 for a pool "
                + "that stores none)"), DensityChecks.warnings(s));
        assertTrue(Diagnostician.INSTANCE.validate(s).getSeverity() >= Diagnostic.ERROR);
    }
}
