package org.landcarbon.model.tests.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Study;
import org.landcarbon.model.study.LandClassAliases;
import org.landcarbon.model.study.LandClassSystems;

class LandClassAliasesTest {

    @ParameterizedTest
    @CsvSource({ "Cultivated land,cropland", "farmland,cropland", "耕地,cropland", "Woodland,forest", "forest land,forest", "林地,forest",
        "Grassland,grassland", "草地,grassland", "Waters,water", "water area,water", "水域,water", "construction land,construction",
        "Built-up land,construction", "built up land,construction", "建设用地,construction", "Unutilized land,unused", "unused land,unused",
        "未利用地,unused", "Garden land,garden", "园地,garden" })
    void namesOfPapersMeanTheStandardClasses(String name, String id) {
        assertEquals(Optional.of(id), LandClassAliases.standardId(name));
        Study study = LandCarbonFactory.eINSTANCE.createStudy();
        study.setLandClassSystem(LandClassSystems.seed());
        assertEquals(Optional.of(id), LandClassAliases.resolve(name, study));
    }

    @ParameterizedTest
    @CsvSource({ "Garden land", "Orchard", "wetland" })
    void nothingIsGuessedForClassesAStudyLacks(String name) {
        Study study = LandCarbonFactory.eINSTANCE.createStudy();
        study.setLandClassSystem(LandClassSystems.clcd()); // no garden class
        assertTrue(LandClassAliases.resolve(name, study).isEmpty());
    }
}
