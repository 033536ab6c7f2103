package org.landcarbon.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.Study;

/** The one-parse load of a current-format file, and that everything else is left to the full path of StudyFiles.load. */
class OnePassLoadTest {

    private static final String ROOT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><landcarbon:Study xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:landcarbon=\"http://landcarbon.org/model/1.0\" ";

    @Test
    void theSeedSampleLoadsInOneParseAsEmfLoadsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.landcarbon");
        try (var in = OnePassLoadTest.class.getResourceAsStream("/samples/guizhou-2005-2019.landcarbon")) {
            Files.write(file, in.readAllBytes()); // the sample the product ships, as this version wrote it
        }
        Study fast = OnePassLoad.load(file, Files.readAllBytes(file));
        assertNotNull(fast, "a file this version wrote takes the one-parse path");
        Resource plain = StudyFiles.newResourceSet().getResource(URI.createFileURI(file.toString()), true);
        assertTrue(EcoreUtil.equals(plain.getContents().get(0), fast), "the same model as EMF's own load");
        assertEquals(StudyFiles.FORMAT_VERSION, StudyFiles.load(file).getFormatVersion());
        assertTrue(StudyFiles.stampOf(StudyFiles.load(file)).isPresent(), "the file stamp for the save's check");
    }

    @Test
    void otherVersionsPrefixesDepthsAndErrorsGoToTheFullPath(@TempDir Path dir) throws Exception {
        String[] files = {
            ROOT + "formatVersion=\"2\" name=\"older\"/>",
            ROOT + "formatVersion=\"4\" name=\"newer\"/>",
            ROOT + "name=\"version 1 wrote no formatVersion\"/>",
            "<?xml version=\"1.0\"?><lc:Study xmlns:lc=\"http://landcarbon.org/model/1.0\" formatVersion=\"3\" name=\"other prefix\"/>",
            ROOT + "formatVersion=\"3\" bogus=\"1\"/>",
            ROOT + "formatVersion=\"3\">" + "<series>".repeat(150) + "</series>".repeat(150) + "</landcarbon:Study>",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"x\">]>" + ROOT.substring(ROOT.indexOf('<', 2)) + "formatVersion=\"3\"/>",
        };
        for (String text : files) {
            Path file = dir.resolve("f.landcarbon");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            assertNull(OnePassLoad.load(file, Files.readAllBytes(file)), text);
        }
    }

    @Test
    void aTooDeepCurrentFileIsStillRefusedWithTheLimitsMessage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deep.landcarbon");
        Files.writeString(file, ROOT + "formatVersion=\"3\">" + "<series>".repeat(5_000) + "</series>".repeat(5_000) + "</landcarbon:Study>");
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
        assertTrue(e.getMessage().contains("elements nested more than 100 deep"), e.getMessage());
    }
}
