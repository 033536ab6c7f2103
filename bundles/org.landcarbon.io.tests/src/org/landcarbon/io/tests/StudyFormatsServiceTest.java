package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.StudyExporter;
import org.landcarbon.io.StudyFormats;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.model.Study;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** The registry as the running product sees it: DS components, and formats other bundles add. */
class StudyFormatsServiceTest {

    static StudyFormats formats() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(StudyFormats.class).getBundleContext();
        ServiceTracker<StudyFormats, StudyFormats> tracker = new ServiceTracker<>(context, StudyFormats.class, null);
        tracker.open();
        StudyFormats formats = tracker.waitForService(5000);
        assertNotNull(formats, "StudyFormats is registered by Declarative Services");
        return formats;
    }

    @Test
    void builtInFormatsAreContributedAsServices() throws Exception {
        StudyFormats formats = formats();
        assertEquals(List.of("csv-long", "csv-wide", "xlsx"), formats.importers().stream().map(StudyImporter::id).toList());
        assertEquals(List.of("csv", "csv-long", "xlsx", "xlsx-long"),
                formats.exporters().stream().map(StudyExporter::id).toList());
    }

    @Test
    void theImporterIsChosenByExtensionAndForCsvByTheHeader(@TempDir Path dir) throws Exception {
        StudyFormats formats = formats();
        Path wide = Files.writeString(dir.resolve("w.csv"), "year,area.forest [10^4 hm2]\n2005,1\n");
        Path longCsv = Files.writeString(dir.resolve("l.csv"), "year,series,value,unit\n2005,area.forest,1,10^4 hm2\n");
        assertEquals("csv-wide", formats.importerFor(wide).orElseThrow().id());
        assertEquals("csv-long", formats.importerFor(longCsv).orElseThrow().id());
        assertEquals("xlsx", formats.importerFor(dir.resolve("book.XLSX")).orElseThrow().id());
        assertTrue(formats.importerFor(dir.resolve("study.json")).isEmpty());
    }

    @Test
    void anotherBundlesImporterJoinsAndLeavesTheRegistry() throws Exception {
        StudyFormats formats = formats();
        StudyImporter custom = new StudyImporter() {
            @Override
            public String id() {
                return "institute-json";
            }

            @Override
            public String name() {
                return "An institution's own format";
            }

            @Override
            public List<String> fileExtensions() {
                return List.of("json");
            }

            @Override
            public ImportPreview preview(Path file, Study study) {
                return new ImportPreview(file, id(), List.of(), List.of());
            }
        };
        BundleContext context = FrameworkUtil.getBundle(StudyFormatsServiceTest.class).getBundleContext();
        ServiceRegistration<StudyImporter> reg = context.registerService(StudyImporter.class, custom, null);
        try {
            assertEquals("institute-json", formats.importerFor(Path.of("x.json")).orElseThrow().id());
            assertTrue(formats.importer("institute-json").isPresent());
        } finally {
            reg.unregister();
        }
        assertTrue(formats.importer("institute-json").isEmpty());
    }
}
