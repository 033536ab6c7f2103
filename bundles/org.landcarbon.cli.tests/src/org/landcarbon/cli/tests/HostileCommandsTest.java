package org.landcarbon.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.internal.Dispatcher;
import org.landcarbon.cli.tests.CliHarness.Result;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;
import org.osgi.framework.FrameworkUtil;

/** Issue 16 through the commands: exit codes, one bounded line on stderr, limits, numbers, refusals. */
class HostileCommandsTest {

    private static Command throwing(Throwable t) {
        return new Command() {
            public String name() {
                return "boom";
            }

            public String summary() {
                return "throws";
            }

            public String usage() {
                return "Usage: landcarbon boom";
            }

            public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
                if (t instanceof Exception e) {
                    throw e;
                }
                throw (Error) t;
            }
        };
    }

    private static String[] dispatch(Throwable t) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Dispatcher(List.of(throwing(t))).dispatch(List.of("boom"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void everyThrowableEndsInANonZeroCodeAndOneLine() {
        String[] oom = dispatch(new OutOfMemoryError("Java heap space"));
        assertEquals("1", oom[0]);
        assertTrue(oom[1].startsWith("landcarbon boom: out of memory"), oom[1]);
        assertEquals(1, oom[1].lines().count(), oom[1]);
        String[] deep = dispatch(new StackOverflowError());
        assertEquals("1", deep[0]);
        assertTrue(deep[1].startsWith("landcarbon boom: the input is nested too deeply"), deep[1]);
        String[] npe = dispatch(new NullPointerException("x is null"));
        assertEquals("3", npe[0]);
        assertEquals("landcarbon boom: internal error: x is null\n", npe[1]);
        String[] assertion = dispatch(new AssertionError("bug"));
        assertEquals("3", assertion[0]);
        String[] huge = dispatch(new IllegalArgumentException("y".repeat(200_000_000 / 100)));
        assertEquals("1", huge[0]);
        assertTrue(huge[1].length() < 1200, "bounded: " + huge[1].length());
        String[] leak = dispatch(new java.io.IOException("com.fasterxml.aalto.WFCException: General entity reference"));
        assertEquals("landcarbon boom: General entity reference\n", leak[1]);
    }

    @Test
    void javaLiteralsInAnAnalysisInputAreNotNumbersAsInTheImporter(@TempDir Path dir) throws Exception {
        for (String cell : List.of("2498.7d", "0x1.38Bp11", "NaN", "Infinity")) {
            Path csv = dir.resolve("in.csv");
            Files.writeString(csv, "year,net\n2001,10\n2002,11\n2003," + cell + "\n2004,13\n");
            Result r = CliHarness.run("gm11", "--input", csv.toString(), "--column", "net");
            assertEquals(1, r.exitCode(), cell + ": " + r.err());
            assertTrue(r.err().contains("in.csv line 4 (year 2003), column net: '" + cell + "' is not a number"), r.err());
        }
    }

    @Test
    void theAnalysisReaderNamesEncodingAndSeparatorAsTheImporterDoes(@TempDir Path dir) throws Exception {
        Path utf16 = dir.resolve("u.csv");
        Files.write(utf16, "\uFEFFyear,net\n2001,10\n".getBytes(StandardCharsets.UTF_16LE));
        Result r = CliHarness.run("gm11", "--input", utf16.toString(), "--column", "net");
        assertEquals(1, r.exitCode());
        assertEquals("landcarbon gm11: u.csv: wrong encoding: UTF-16 text (Excel's 'Unicode Text'); save it as 'CSV UTF-8' or 'CSV'\n", r.err());
        Path semi = dir.resolve("s.csv");
        Files.writeString(semi, "year;net\n2001;10\n2002;11\n2003;12.5\n2004;13\n");
        Result ok = CliHarness.run("gm11", "--input", semi.toString(), "--column", "net", "--format", "json");
        assertEquals(0, ok.exitCode(), ok.err());
        Path ragged = dir.resolve("r.csv");
        Files.writeString(ragged, "year;net\n2001;10;3\n");
        Result bad = CliHarness.run("gm11", "--input", ragged.toString(), "--column", "net");
        assertTrue(bad.err().contains("r.csv line 2: 3 fields, the header (line 1) has 2 (read as semicolon-separated)"), bad.err());
    }

    @Test
    void aHugeHorizonIsRefusedBeforeAnythingIsSaved(@TempDir Path dir) throws Exception {
        Path study = sample(dir);
        byte[] before = Files.readAllBytes(study);
        Path out = dir.resolve("sc.landcarbon");
        Result r = CliHarness.run("scenarios", study.toString(), "--add-template", "natural", "--horizon", "1000000000", "--output", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--horizon 1000000000 is outside 1000-3000"), r.err());
        r = CliHarness.run("scenarios", study.toString(), "--add-template", "natural", "--horizon", "2500", "--output", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("is more than 200 years after the study's last year"), r.err());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), diff(before, Files.readAllBytes(study)));
    }

    @Test
    void accountRefusesANegativeAreaAndAnInfinityAsValidateDoes(@TempDir Path dir) throws Exception {
        for (double bad : new double[] {-5, Double.POSITIVE_INFINITY}) {
            Path file = sample(dir);
            Study s = StudyFiles.load(file);
            Series forest = s.getSeries().stream().filter(x -> x.getId().equals("area.forest")).findFirst().orElseThrow();
            forest.getValues().get(0).setValue(bad);
            StudyFiles.save(s, file);
            Result validate = CliHarness.run("validate", file.toString());
            assertEquals(1, validate.exitCode());
            Result r = CliHarness.run("account", file.toString());
            assertEquals(1, r.exitCode(), r.out());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("landcarbon account: " + file + ": not computed: 'landcarbon validate' finds"), r.err());
            assertFalse(r.err().contains("Infinity\n") && r.out().contains("Infinity"), r.err());
            Files.delete(file);
        }
    }

    @Test
    void anAreaOf1e308OverflowsToAnErrorNotInfinity(@TempDir Path dir) throws Exception {
        Path file = sample(dir);
        Study s = StudyFiles.load(file);
        s.setRegion(null); // no total area to exceed: the value itself is valid, its product is not
        Series forest = s.getSeries().stream().filter(x -> x.getId().equals("area.forest")).findFirst().orElseThrow();
        forest.getValues().forEach(v -> v.setValue(1.7e308));
        StudyFiles.save(s, file);
        Result r = CliHarness.run("account", file.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertFalse(r.out().contains("Infinity"), r.out());
        assertTrue(r.err().contains("is not a finite number") || r.err().contains("not computed"), r.err());
    }

    private static Path sample(Path dir) throws Exception {
        Path target = dir.resolve("guizhou.landcarbon");
        try (InputStream in = FrameworkUtil.getBundle(SampleStudies.class).getEntry("samples/guizhou-2005-2019.landcarbon").openStream()) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static List<Integer> diff(byte[] a, byte[] b) {
        return java.util.Arrays.equals(a, b) ? List.of() : List.of(a.length, b.length);
    }
}
