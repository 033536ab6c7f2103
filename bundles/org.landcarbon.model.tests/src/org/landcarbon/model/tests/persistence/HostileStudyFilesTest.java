package org.landcarbon.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.FileStamp;
import org.landcarbon.model.persistence.StudyChangedException;
import org.landcarbon.model.persistence.StudyFileException;
import org.landcarbon.model.persistence.StudyFiles;

/** Two writers, read-only folders, binary and deeply nested files (issue 16). */
class HostileStudyFilesTest {

    @Test
    void aSecondWriterOfTheSameVersionIsRefusedAndTheFirstUpdateIsKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.landcarbon");
        StudyFiles.save(StudyFilesTest.sample("base", 1), file);
        Study importer = StudyFiles.load(file);
        Study scenarios = StudyFiles.load(file);
        importer.setName("imported");
        StudyFiles.save(importer, file);
        scenarios.setName("scenario added");
        StudyChangedException e = assertThrows(StudyChangedException.class, () -> StudyFiles.save(scenarios, file));
        assertTrue(e.getMessage().startsWith(file + ": the study changed on disk since it was read"), e.getMessage());
        assertEquals("imported", StudyFiles.load(file).getName(), "the first update is not lost");
        importer.setName("imported twice");
        StudyFiles.save(importer, file); // the first writer's own later saves go through
        assertEquals("imported twice", StudyFiles.load(file).getName());
    }

    @Test
    void aTouchThatChangesOnlyTheTimeIsNotAConflictButADeletionIs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.landcarbon");
        StudyFiles.save(StudyFilesTest.sample("base", 1), file);
        Study study = StudyFiles.load(file);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        StudyFiles.save(study, file);
        Files.delete(file);
        StudyChangedException e = assertThrows(StudyChangedException.class, () -> StudyFiles.save(study, file));
        assertTrue(e.getMessage().contains("deleted or moved"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void explicitStampsLetAnEditorAskBeforeOverwriting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.landcarbon");
        FileStamp first = StudyFiles.save(StudyFilesTest.sample("one", 1), file, null);
        assertEquals(FileStamp.current(file), first);
        StudyFiles.save(StudyFilesTest.sample("two", 2), file, first);
        assertThrows(StudyChangedException.class, () -> StudyFiles.save(StudyFilesTest.sample("three", 3), file, first));
        StudyFiles.save(StudyFilesTest.sample("three", 3), file, null); // the user chose to overwrite
        assertEquals("three", StudyFiles.load(file).getName());
    }

    @Test
    void concurrentThreadsWithTheSameVersionLoseNoUpdate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.landcarbon");
        StudyFiles.save(StudyFilesTest.sample("base", 1), file);
        int writers = 6;
        CyclicBarrier barrier = new CyclicBarrier(writers);
        List<Thread> threads = new ArrayList<>();
        List<String> saved = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Throwable> refused = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < writers; i++) {
            String name = "writer " + i;
            Thread t = new Thread(() -> {
                try {
                    Study s = StudyFiles.load(file);
                    s.setName(name);
                    barrier.await();
                    StudyFiles.save(s, file);
                    saved.add(name);
                } catch (StudyChangedException e) {
                    refused.add(e);
                } catch (Exception e) {
                    refused.add(new AssertionError("unexpected", e));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, saved.size(), "exactly one of writers that read the same version saves: " + saved + " " + refused);
        assertTrue(refused.stream().allMatch(e -> e instanceof StudyChangedException), refused.toString());
        assertEquals(saved.get(0), StudyFiles.load(file).getName());
    }

    @Test
    void aReadOnlyFolderIsNamedWithTheStudyNotTheHiddenTemporaryFile(@TempDir Path dir) throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path file = ro.resolve("s.landcarbon");
        StudyFiles.save(StudyFilesTest.sample("before", 1), file);
        Study study = StudyFiles.load(file);
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(ro), "root may write anywhere: nothing to test");
            study.setName("after");
            StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.save(study, file));
            assertTrue(e.getMessage().startsWith(file + ": cannot save: permission denied"), e.getMessage());
            assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
            assertEquals("before", StudyFiles.load(file).getName());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aBinaryFilePrintsNoParserLineAndNamesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bin.landcarbon");
        byte[] bytes = new byte[4096];
        new java.util.Random(16).nextBytes(bytes);
        Files.write(file, bytes);
        String stderr = stderrOf(() -> assertThrows(StudyFileException.class, () -> StudyFiles.load(file)));
        assertEquals("", stderr);
        // a version-1 file (no formatVersion) that breaks after its root goes through the migration parser too
        Path v1 = dir.resolve("v1.landcarbon");
        Files.writeString(v1, "<?xml version=\"1.0\"?><landcarbon:Study " + StudyFilesTest.NS + " name=\"x\"><series id=\"a\">\u0001</landcarbon:Study>");
        String[] message = new String[1];
        String stderr1 = stderrOf(() -> message[0] = assertThrows(StudyFileException.class, () -> StudyFiles.load(v1)).getMessage());
        assertEquals("", stderr1);
        assertTrue(message[0].startsWith(v1.toString() + ", line 1"), message[0]);
        assertNoClassName(message[0]);
    }

    @Test
    void entityReferencesAreRefusedWithoutTheParsersClassName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("e.landcarbon");
        Files.writeString(file, "<?xml version=\"1.0\"?><landcarbon:Study " + StudyFilesTest.NS + " formatVersion=\"2\" name=\"&x;\"/>");
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
        assertNoClassName(e.getMessage());
    }

    @Test
    void deeplyNestedXmlIsRefusedAtTheLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deep.landcarbon");
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><landcarbon:Study " + StudyFilesTest.NS + " formatVersion=\"2\">");
        sb.append("<series>".repeat(100_000)).append("</series>".repeat(100_000)).append("</landcarbon:Study>");
        Files.writeString(file, sb);
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFiles.load(file));
        assertTrue(e.getMessage().contains("elements nested more than 100 deep"), e.getMessage());
    }

    private static void assertNoClassName(String message) {
        assertFalse(message.matches("(?s).*\\b[a-z]+\\.[a-z]+\\.[a-z.]*[A-Z]\\w*(Exception|Error)\\b.*"), message);
    }

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    static long files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
