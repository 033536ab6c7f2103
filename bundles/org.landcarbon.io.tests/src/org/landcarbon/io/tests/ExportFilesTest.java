package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.io.internal.CsvWideExporter;

/** Exported files replace the target only when complete, leave no temporary file and get ordinary permissions. */
class ExportFilesTest {

    @Test
    void anExportReplacesTheTargetAndLeavesNothingElse(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old content");
        new CsvWideExporter().export(RoundTripTest.source(), target);
        assertTrue(Files.readString(target).startsWith("\uFEFFyear,area.forest [10^4 hm2]"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void anExportHasThePermissionsOfAnyNewFileNotThoseOfATemporaryOne(@TempDir Path dir) throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path exported = dir.resolve("exported.csv");
        new CsvWideExporter().export(RoundTripTest.source(), exported);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(exported));
    }
}
