package org.landcarbon.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
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
import org.landcarbon.model.persistence.StudyFileException;
import org.landcarbon.model.persistence.StudyFiles;

class StudyFilesTest {

    static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:landcarbon=\"http://landcarbon.org/model/1.0\"";

    static Study sample(String name, double forest2009) {
        LandCarbonFactory f = LandCarbonFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setName(name);
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
        area.setNote("stated in the text");
        YearValue v = f.createYearValue();
        v.setYear(2009);
        v.setValue(forest2009);
        area.getValues().add(v);
        study.getSeries().add(area);
        return study;
    }

    @Test
    void studyRoundTripsThroughXmiFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("study.landcarbon");
        StudyFiles.save(sample("Round trip", 790.73), file);
        Study loaded = StudyFiles.load(file);

        assertEquals("Round trip", loaded.getName());
        assertEquals("林地", loaded.getLandClassSystem().getClasses().get(0).getNameZh());
        assertEquals(790.73, loaded.getSeries().get(0).getValues().get(0).getValue(), 0.0);
        assertEquals("10^4 hm2", loaded.getSeries().get(0).getUnit());
        assertEquals("stated in the text", loaded.getSeries().get(0).getNote());
        assertEquals(StudyFiles.FORMAT_VERSION, loaded.getFormatVersion());
        assertTrue(Files.readString(file).contains("formatVersion=\"" + StudyFiles.FORMAT_VERSION + "\""), "the version is always written");
    }

    @Test
    void saveKeepsThePreviousVersionAsBakAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.landcarbon");
        StudyFiles.save(sample("first", 1), file);
        assertFalse(Files.exists(StudyFiles.backupOf(file)), "nothing to back up on the first save");
        StudyFiles.save(sample("second", 2), file);
        assertEquals("first", StudyFiles.load(StudyFiles.backupOf(file)).getName());
        assertEquals("second", StudyFiles.load(file).getName());
        StudyFiles.save(sample("third", 3), file);
        assertEquals("second", StudyFiles.load(StudyFiles.backupOf(file)).getName());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(".s.landcarbon.lock", "s.landcarbon", "s.landcarbon.bak"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "the empty lock file stays, never a temporary file");
        }
    }

    @Test
    void temporaryFilesOfOtherWritersAreNeverTouched(@TempDir Path dir) throws Exception {
        // a killed save's leftover looks exactly like a live writer's file in progress: only its writer removes it
        Path file = dir.resolve("s.landcarbon");
        Path other = dir.resolve(".s.landcarbon.12345.abc.tmp");
        Files.writeString(other, "<half a study");
        StudyFiles.save(sample("s", 1), file);
        StudyFiles.save(sample("s", 2), file);
        assertEquals("<half a study", Files.readString(other));
    }

    @Test
    void savingLeavesAStudyInItsOwnResource(@TempDir Path dir) throws Exception {
        Study study = sample("in resource", 1);
        Resource resource = StudyFiles.newResourceSet().createResource(URI.createFileURI(dir.resolve("a.landcarbon").toString()));
        resource.getContents().add(study);
        StudyFiles.save(study, dir.resolve("b.landcarbon"));
        assertSame(resource, study.eResource());
        Study free = sample("free", 1);
        StudyFiles.save(free, dir.resolve("c.landcarbon"));
        assertEquals(null, free.eResource());
    }

    @Test
    void aVersion1FileIsMigratedOnLoadAndNotRewritten(@TempDir Path dir) throws Exception {
        // as the first model wrote it: no formatVersion attribute, no series note
        String v1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<landcarbon:Study " + NS + " name=\"Old\" startYear=\"2005\" endYear=\"2006\">\n"
                + "  <series id=\"area.forest\" kind=\"LAND_AREA\" unit=\"10^4 hm2\">\n    <values year=\"2005\" value=\"10.5\"/>\n  </series>\n"
                + "</landcarbon:Study>\n";
        Path file = dir.resolve("old.landcarbon");
        Files.writeString(file, v1);
        assertEquals(1, StudyFiles.formatVersion(file));
        Study study = StudyFiles.load(file);
        assertEquals("Old", study.getName());
        assertEquals(10.5, study.getSeries().get(0).getValues().get(0).getValue());
        assertEquals(StudyFiles.FORMAT_VERSION, study.getFormatVersion());
        assertEquals(v1, Files.readString(file), "loading never writes");
        StudyFiles.save(study, file);
        assertEquals(StudyFiles.FORMAT_VERSION, StudyFiles.formatVersion(file));
        assertEquals(v1, Files.readString(StudyFiles.backupOf(file)), "the version 1 file is kept as the backup");
    }

    @Test
    void aVersion2FileLoadsSavesAsVersion3AndTheRegionTreeRoundTrips(@TempDir Path dir) throws Exception {
        // as format version 2 wrote it: one region, its series in Study.series
        String v2 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<landcarbon:Study " + NS + " name=\"V2\" formatVersion=\"2\""
                + " startYear=\"2005\" endYear=\"2005\">\n  <region name=\"Guizhou\" code=\"520000\"/>\n"
                + "  <series id=\"area.forest\" unit=\"10^4 hm2\" note=\"n\">\n    <values year=\"2005\" value=\"790.73\"/>\n  </series>\n"
                + "</landcarbon:Study>\n";
        Path file = dir.resolve("v2.landcarbon");
        Files.writeString(file, v2);
        assertEquals(2, StudyFiles.formatVersion(file));
        Study study = StudyFiles.load(file);
        assertEquals(3, study.getFormatVersion());
        assertEquals("520000", study.getRegion().getCode());
        assertTrue(study.getRegion().getSubregions().isEmpty());
        assertEquals(790.73, study.getSeries().get(0).getValues().get(0).getValue());
        assertEquals(v2, Files.readString(file), "loading never writes");

        org.landcarbon.model.Region a = org.landcarbon.model.study.Regions.addSubregion(study.getRegion(), "520100", "贵阳市");
        Series forest = org.eclipse.emf.ecore.util.EcoreUtil.copy(study.getSeries().get(0));
        forest.getValues().get(0).setValue(20.5);
        a.getSeries().add(forest);
        org.landcarbon.model.study.Regions.addSubregion(a, "520102", "Nanming");
        StudyFiles.save(study, file);
        assertEquals(3, StudyFiles.formatVersion(file));
        assertEquals(v2, Files.readString(StudyFiles.backupOf(file)), "the version 2 file is kept as the backup");
        Study again = StudyFiles.load(file);
        org.landcarbon.model.Region loaded = again.getRegion().getSubregions().get(0);
        assertEquals("贵阳市", loaded.getNameZh());
        assertEquals(20.5, loaded.getSeries().get(0).getValues().get(0).getValue());
        assertEquals("Nanming", loaded.getSubregions().get(0).getName());
        assertEquals(790.73, again.getSeries().get(0).getValues().get(0).getValue(), 0.0, "the top region's series stay in Study.series");
        assertArrayEquals(StudyFiles.toBytes(again), Files.readAllBytes(file), "save, load, save gives the same bytes");
    }

    @Test
    void aNewerFormatIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("new.landcarbon");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<landcarbon:Study " + NS + " formatVersion=\"99\" name=\"x\" futureFeature=\"y\"/>");
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
        assertEquals(file + ": written with study format version 99 by a newer LandCarbon Workbench; this version reads format "
                + "versions up to 3. Open it with a newer version", e.getMessage());
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE landcarbon:Study [ <!ENTITY x SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<landcarbon:Study " + NS + " formatVersion=\"2\">\n  <name>&x;</name>\n</landcarbon:Study>\n";
        Path file = dir.resolve("xxe.landcarbon");
        Files.writeString(file, xxe);
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));

        // the EMF parser itself (used by anyone loading through StudyFiles' resource set) refuses it too
        Resource r = StudyFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
        Exception emf = assertThrows(Exception.class, () -> r.load(StudyFiles.loadOptions()));
        assertTrue(String.valueOf(emf.getMessage()).contains("DOCTYPE"), emf.getMessage());
        assertTrue(r.getContents().isEmpty() || !String.valueOf(((Study) r.getContents().get(0)).getName()).contains("TOP-SECRET"));
    }

    @Test
    void failedLoadLeavesTheFileAsItWas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.landcarbon");
        byte[] bad = ("<?xml version=\"1.0\"?>\n<landcarbon:Study " + NS + " formatVersion=\"2\" name=\"x\">\n  <series id=\"a\">\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, bad);
        assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
        assertArrayEquals(bad, Files.readAllBytes(file));
        assertFalse(Files.exists(StudyFiles.backupOf(file)));
    }

    @Test
    void savingIntoAMissingFolderFailsWithoutWritingAnything(@TempDir Path dir) {
        Path file = dir.resolve("missing/s.landcarbon");
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.save(sample("s", 1), file));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
