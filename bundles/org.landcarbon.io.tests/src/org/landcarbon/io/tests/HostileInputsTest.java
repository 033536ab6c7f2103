package org.landcarbon.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.internal.CsvWideImporter;
import org.landcarbon.io.internal.XlsxImporter;

/** Generated hostile inputs (issue 16): each is refused with one short message, quickly and with bounded memory. */
class HostileInputsTest {

    private static List<String> problems(ImportPreview p) {
        return p.problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void aZipBombWorkbookIsRefusedBeforeTheReaderInflatesIt(@TempDir Path dir) throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) { // 300 MiB of '0' deflate to ~300 KiB
                java.util.Arrays.fill(zeros, (byte) '0');
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 2 << 20, "the bomb is small: " + Files.size(bomb));
        List<String> p = problems(new XlsxImporter().preview(bomb, TestStudies.seedStudy()));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("bomb.xlsx: part xl/sharedStrings.xml inflates more than 100 times its compressed size"), p.get(0));
    }

    @Test
    void aTruncatedWorkbookIsNamedAsDamaged(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ok))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".repeat(1000).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(ok);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        List<String> p = problems(new XlsxImporter().preview(cut, TestStudies.seedStudy()));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("cut.xlsx: not a readable XLSX workbook (the ZIP file is truncated or damaged"), p.get(0));
    }

    @Test
    void aHugeCellIsRefusedQuicklyAndQuotedShort(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("year,area.forest [10^4 hm2]\n2005,".getBytes(StandardCharsets.UTF_8));
            out.write("7".repeat(90_000).getBytes(StandardCharsets.UTF_8));
            out.write("\n".getBytes(StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        List<String> p = problems(new CsvWideImporter().preview(file, TestStudies.seedStudy()));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused without parsing 90,000 digits");
        assertEquals(List.of("huge.csv, row 2, column B: cell too long: 90,000 characters, the limit is 1,000 ('"
                + "7".repeat(80) + "...' (90,000 characters))"), p);
    }

    @Test
    void aLineBeyondTheLimitIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "year,area.forest [10^4 hm2]\n2005," + "1,".repeat(60_000) + "\n");
        assertEquals(List.of("long.csv: line 2 is too long: 120,005 characters, the limit is 100,000"),
                problems(new CsvWideImporter().preview(file, TestStudies.seedStudy())));
    }

    @Test
    void tooManyColumnsAreRefusedNamingTheLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wide.csv");
        Files.writeString(file, "year" + ",x".repeat(1500) + "\n");
        assertEquals(List.of("wide.csv, row 1: too many columns: 1,501, the limit is 1,000"),
                problems(new CsvWideImporter().preview(file, TestStudies.seedStudy())));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2498.7d", "0x1.38Bp11", "NaN", "Infinity", "1e400", "-Infinity", "1f" })
    void javaLiteralsNaNAndInfinityAreNotNumbers(String cell, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("n.csv");
        Files.writeString(file, "year,area.forest [10^4 hm2]\n2005," + cell + "\n");
        List<String> p = problems(new CsvWideImporter().preview(file, TestStudies.seedStudy()));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("n.csv, row 2, column B (area.forest [10^4 hm2]): " + (cell.equals("1e400") ? "number out of range: '1e400'"
                : "not a number: '" + cell + "'")), p.get(0));
    }

    @Test
    void utf16WithoutAMarkAndBinaryFilesAreNamed(@TempDir Path dir) throws Exception {
        Path utf16 = dir.resolve("u.csv");
        Files.write(utf16, "year,area.forest [10^4 hm2]\n2005,1\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of("u.csv: wrong encoding: UTF-16 text (Excel's 'Unicode Text'); save it as 'CSV UTF-8' or 'CSV'"),
                problems(new CsvWideImporter().preview(utf16, TestStudies.seedStudy())));
        Path binary = dir.resolve("b.csv");
        byte[] bytes = new byte[2048];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(binary, bytes);
        List<String> p = problems(new CsvWideImporter().preview(binary, TestStudies.seedStudy()));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("b.csv: not a text file") || p.get(0).startsWith("b.csv: wrong encoding: UTF-16"), p.get(0));
    }

    @Test
    void aHugeHeaderIsCutInEveryMessage() {
        ImportProblem p = new ImportProblem(ImportProblem.Severity.ERROR, "h.csv", 1, 2, "x".repeat(5000), "unknown series");
        assertTrue(p.toString().length() < 200, p.toString());
    }
}
