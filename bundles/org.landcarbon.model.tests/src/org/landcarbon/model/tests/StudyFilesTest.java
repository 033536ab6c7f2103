package org.landcarbon.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.model.LandClassSystem;
import org.landcarbon.model.MajorCategory;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;

class StudyFilesTest {

    @Test
    void studyRoundTripsThroughXmiFile(@TempDir Path dir) throws Exception {
        LandCarbonFactory f = LandCarbonFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setName("Round trip");
        study.setStartYear(2005);
        study.setEndYear(2006);
        LandClassSystem system = f.createLandClassSystem();
        LandClass forest = f.createLandClass();
        forest.setId("forest");
        forest.setNameZh("林地");
        forest.setCategory(MajorCategory.AGRICULTURAL);
        system.getClasses().add(forest);
        study.setLandClassSystem(system);
        Series area = f.createSeries();
        area.setId("area.forest");
        area.setKind(SeriesKind.LAND_AREA);
        area.setUnit("10^4 hm2");
        YearValue v = f.createYearValue();
        v.setYear(2009);
        v.setValue(790.73);
        area.getValues().add(v);
        study.getSeries().add(area);

        Path file = dir.resolve("study.landcarbon");
        StudyFiles.save(study, file);
        Study loaded = StudyFiles.load(file);

        assertEquals("Round trip", loaded.getName());
        assertEquals("林地", loaded.getLandClassSystem().getClasses().get(0).getNameZh());
        assertEquals(790.73, loaded.getSeries().get(0).getValues().get(0).getValue(), 0.0);
        assertEquals("10^4 hm2", loaded.getSeries().get(0).getUnit());
    }
}
