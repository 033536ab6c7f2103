package org.landcarbon.model.tests.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcarbon.model.CarbonRole;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.LandClassSystem;
import org.landcarbon.model.MajorCategory;
import org.landcarbon.model.study.LandClassSystems;

class LandClassSystemsTest {

    @Test
    void seedSystemHasTheSevenSurveyClasses() {
        LandClassSystem seed = LandClassSystems.seed();
        assertEquals("seed", seed.getId());
        assertEquals(List.of("cropland", "garden", "forest", "grassland", "water", "unused", "construction"), ids(seed));
        assertEquals(List.of("耕地", "园地", "林地", "草地", "水域", "未利用地", "建设用地"),
                seed.getClasses().stream().map(LandClass::getNameZh).toList());
        assertEquals(List.of(CarbonRole.BOTH, CarbonRole.SINK, CarbonRole.SINK, CarbonRole.SINK, CarbonRole.SINK, CarbonRole.SINK,
                CarbonRole.SOURCE), seed.getClasses().stream().map(LandClass::getRole).toList());
        assertEquals(List.of(MajorCategory.AGRICULTURAL, MajorCategory.AGRICULTURAL, MajorCategory.AGRICULTURAL,
                MajorCategory.AGRICULTURAL, MajorCategory.AGRICULTURAL, MajorCategory.UNUSED, MajorCategory.CONSTRUCTION),
                seed.getClasses().stream().map(LandClass::getCategory).toList());
        seed.getClasses().forEach(c -> assertEquals(false, c.getNameEn() == null || c.getNameEn().isBlank()));
    }

    @Test
    void clcdSystemHasSixClassesWithoutGarden() {
        LandClassSystem clcd = LandClassSystems.clcd();
        assertEquals("clcd", clcd.getId());
        assertEquals(List.of("cropland", "forest", "grassland", "water", "unused", "construction"), ids(clcd));
        assertEquals("建设用地", clcd.getClasses().get(5).getNameZh());
    }

    @Test
    void eachCallReturnsAnIndependentCopy() {
        LandClassSystem a = LandClassSystems.seed();
        LandClassSystem b = LandClassSystems.seed();
        assertNotSame(a.getClasses().get(0), b.getClasses().get(0));
        a.getClasses().get(0).setNameEn("changed");
        assertEquals("Cropland", b.getClasses().get(0).getNameEn());
        assertEquals("seed", LandClassSystems.byId("seed").getId());
        assertNull(LandClassSystems.byId("corine"));
    }

    private static List<String> ids(LandClassSystem s) {
        return s.getClasses().stream().map(LandClass::getId).toList();
    }
}
