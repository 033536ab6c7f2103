package org.landcarbon.model.tests.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.RegionSample;
import org.landcarbon.model.samples.SampleStudies;
import org.landcarbon.model.study.Regions;
import org.landcarbon.model.study.Studies;
import org.landcarbon.model.tests.samples.SampleFiles;
import org.landcarbon.model.validation.StudyValidator;

class RegionSampleTest {

    @Test
    void committedRegionSampleIsWhatTheGeneratorBuildsFromTheGuizhouSample(@TempDir Path dir) throws Exception {
        String expected = text(StudyFiles.toBytes(RegionSample.build(SampleFiles.load(SampleStudies.GUIZHOU_FILE, dir))));
        assertEquals(expected, text(SampleFiles.bytes("samples/" + RegionSample.FILE)),
                "samples/" + RegionSample.FILE + " is stale: rerun RegionSample (docs/regions.md)");
    }

    @Test
    void theSubregionsAddUpToThePublishedProvinceAndSaySoPlainly(@TempDir Path dir) throws Exception {
        Study s = SampleFiles.load(RegionSample.FILE, dir);
        assertTrue(s.isSynthetic());
        assertEquals(List.of("520000", "SYN01", "SYN02", "SYN03"), Regions.walk(s).stream().map(n -> n.region().getCode()).toList());
        assertTrue(RegionValidationTest.withCode(s, StudyValidator.REGION_SUM_MISMATCH).isEmpty());
        assertTrue(RegionValidationTest.withCode(s, StudyValidator.REGION_CODE_DUPLICATE).isEmpty());
        // forest 2009: 790.73 published; 40 % = 316.292 -> 316.29, 35 % = 276.7555 -> 276.76 (the province's 2 decimals),
        // the rest 790.73 - 316.29 - 276.76 = 197.68
        Series forest = Regions.find(s, "SYN01").orElseThrow().getSeries().stream().filter(x -> x.getId().equals("area.forest"))
                .findFirst().orElseThrow();
        assertEquals(316.29, Studies.yearValue(forest, 2009).orElseThrow().getValue());
        Series rest = Regions.find(s, "SYN03").orElseThrow().getSeries().stream().filter(x -> x.getId().equals("area.forest"))
                .findFirst().orElseThrow();
        assertEquals(197.68, Studies.yearValue(rest, 2009).orElseThrow().getValue());
        assertTrue(forest.getNote().startsWith("SYNTHETIC"), forest.getNote());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
