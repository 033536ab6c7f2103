package org.landcarbon.apibaseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check must fail on a break or an addition that the package version does not cover, name the package
 * and the version it needs, and pass when the version says enough. Bundles are compiled here from source
 * so each case states exactly what changed; one case breaks a copy of the real committed baseline.
 */
class ApiBaselineTest {

    private static final String SPI_V1 = """
            package org.example.spi;
            public interface Thing {
                String name();
                double size();
            }
            """;
    private static final String INTERNAL = """
            package org.example.spi.internal;
            public class Helper { public static int one() { return 1; } }
            """;
    private static final String EXPORTS = "org.example.spi;version=\"%s\",org.example.spi.internal;x-internal:=true";

    @TempDir
    Path tmp;

    @Test
    void removingAnInterfaceMethodNeedsTheNextMajorVersion() throws Exception {
        ApiJar baseline = bundle("v1", "1.2.0", Map.of("org/example/spi/Thing.java", SPI_V1));
        ApiJar broken = bundle("v2", "1.2.0", Map.of("org/example/spi/Thing.java", SPI_V1.replace("double size();", "")));

        List<String> problems = breaking(ApiBaseline.compare(broken, baseline));

        assertEquals(1, problems.size(), problems.toString());
        String p = problems.get(0);
        assertTrue(p.startsWith("package org.example.spi (bundle org.example.bundle) has a MAJOR change"), p);
        assertTrue(p.contains("it needs version 2.0.0"), p);
        assertTrue(p.contains("size()"), "names the removed method: " + p);
        // a minor step does not cover a break
        assertEquals(1, breaking(ApiBaseline.compare(bundle("v3", "1.3.0",
                Map.of("org/example/spi/Thing.java", SPI_V1.replace("double size();", ""))), baseline)).size());
    }

    @Test
    void aBreakIn0xNeedsTheNextMinorVersionAndPassesWithIt() throws Exception {
        ApiJar baseline = bundle("v1", "0.1.0", Map.of("org/example/spi/Thing.java", SPI_V1));
        String v2 = SPI_V1.replace("double size();", "");

        List<String> unbumped = breaking(ApiBaseline.compare(bundle("v2", "0.1.0", Map.of("org/example/spi/Thing.java", v2)), baseline));
        assertEquals(1, unbumped.size(), unbumped.toString());
        assertTrue(unbumped.get(0).contains("it needs version 0.2.0"), unbumped.get(0));

        assertEquals(List.of(), ApiBaseline.compare(bundle("v3", "0.2.0", Map.of("org/example/spi/Thing.java", v2)), baseline));
    }

    @Test
    void anAbstractMethodAddedToAnInterfaceIsABreakUnlessItIsAProviderType() throws Exception {
        ApiJar baseline = bundle("v1", "1.0.0", Map.of("org/example/spi/Thing.java", SPI_V1));
        String v2 = SPI_V1.replace("double size();", "double size();\n    int count();");
        List<String> problems = breaking(ApiBaseline.compare(bundle("v2", "1.1.0", Map.of("org/example/spi/Thing.java", v2)), baseline));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("needs version 2.0.0"), problems.get(0));

        // plugins only call a provider type (an EMF model interface, say): a new method is an addition
        ApiJar provider = bundle("v3", "1.0.0", Map.of("org/example/spi/Thing.java", v2), "x-provider-type:=\"*\"");
        List<ApiBaseline.Finding> findings = ApiBaseline.compare(provider, baseline);
        assertEquals(1, findings.size(), findings.toString());
        assertFalse(findings.get(0).breaking());
        assertTrue(findings.get(0).message().contains("has a MINOR change") && findings.get(0).message().contains("needs version 1.1.0"),
                findings.get(0).message());
    }

    @Test
    void aDefaultMethodIsAnAdditionNotedUnlessStrict() throws Exception {
        ApiJar baseline = bundle("v1", "0.1.0", Map.of("org/example/spi/Thing.java", SPI_V1));
        String v2 = SPI_V1.replace("double size();", "double size();\n    default int count() { return 1; }");

        List<ApiBaseline.Finding> unbumped = ApiBaseline.compare(bundle("v2", "0.1.0", Map.of("org/example/spi/Thing.java", v2)), baseline);
        assertEquals(1, unbumped.size(), unbumped.toString());
        assertFalse(unbumped.get(0).breaking());
        assertTrue(unbumped.get(0).message().contains("has a MINOR change"), unbumped.get(0).message());
        assertTrue(unbumped.get(0).message().contains("it needs version 0.2.0"), unbumped.get(0).message());

        assertEquals(List.of(), ApiBaseline.compare(bundle("v3", "0.2.0", Map.of("org/example/spi/Thing.java", v2)), baseline));
    }

    @Test
    void internalPackagesAndUnchangedApiPass() throws Exception {
        ApiJar baseline = bundle("v1", "0.1.0",
                Map.of("org/example/spi/Thing.java", SPI_V1, "org/example/spi/internal/Helper.java", INTERNAL));
        // the internal class lost its method: not API, so no finding
        ApiJar changedInside = bundle("v2", "0.1.0", Map.of("org/example/spi/Thing.java", SPI_V1,
                "org/example/spi/internal/Helper.java", INTERNAL.replace("public static int one() { return 1; }", "")));
        assertEquals(List.of(), ApiBaseline.compare(changedInside, baseline));
    }

    @Test
    void aRemovedApiPackageIsABreak() throws Exception {
        ApiJar baseline = bundle("v1", "0.1.0", Map.of("org/example/spi/Thing.java", SPI_V1));
        ApiJar without = bundle("v2", null, Map.of("org/example/spi/internal/Helper.java", INTERNAL));
        List<String> problems = breaking(ApiBaseline.compare(without, baseline));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("package org.example.spi (bundle org.example.bundle) was removed"),
                problems.get(0));
    }

    @Test
    void strictModeFailsOnAnUncoveredAddition() throws Exception {
        Path bundles = tmp.resolve("bundles");
        Path target = Files.createDirectories(bundles.resolve("org.example.bundle/target"));
        Path baselineDir = Files.createDirectories(tmp.resolve("baseline"));
        bundle("v1", "0.1.0", Map.of("org/example/spi/Thing.java", SPI_V1)).write(baselineDir.resolve("org.example.bundle.jar"));
        Files.copy(rawBundle("v2", "0.1.0", Map.of("org/example/spi/Thing.java", SPI_V1,
                "org/example/spi/Extra.java", "package org.example.spi; public class Extra { }")),
                target.resolve("org.example.bundle-0.1.0-SNAPSHOT.jar"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        assertEquals(List.of(), ApiBaseline.check(baselineDir, bundles, false, new PrintStream(log)));
        assertTrue(log.toString().contains("note (an error with -Dapi.baseline.strict=true): package org.example.spi"), log.toString());
        List<String> strict = ApiBaseline.check(baselineDir, bundles, true, new PrintStream(new ByteArrayOutputStream()));
        assertEquals(1, strict.size(), strict.toString());
        assertTrue(strict.get(0).contains("it needs version 0.2.0"), strict.get(0));
    }

    /** The committed baseline of org.landcarbon.analysis with one public API class taken out fails the check. */
    @Test
    void theRealBaselineFailsOnABreakingCopyAndPassesOnItself() throws Exception {
        Path committed = Path.of("..", "api-baseline", "org.landcarbon.analysis.jar");
        assertTrue(Files.isRegularFile(committed), "committed baseline at " + committed.toAbsolutePath());
        Path bundles = tmp.resolve("bundles");
        Path target = Files.createDirectories(bundles.resolve("org.landcarbon.analysis/target"));
        Path baselineDir = Files.createDirectories(tmp.resolve("baseline"));
        Files.copy(committed, baselineDir.resolve("org.landcarbon.analysis.jar"));

        Files.copy(committed, target.resolve("org.landcarbon.analysis-0.1.0-SNAPSHOT.jar"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        assertEquals(List.of(), ApiBaseline.check(baselineDir, bundles, true, quiet));

        copyWithout(committed, "org/landcarbon/analysis/Analysis.class",
                target.resolve("org.landcarbon.analysis-0.1.0-SNAPSHOT.jar"));
        List<String> problems = ApiBaseline.check(baselineDir, bundles, false, quiet);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("package org.landcarbon.analysis (bundle org.landcarbon.analysis) has a MAJOR"),
                problems.get(0));
        assertTrue(problems.get(0).contains("it needs version 0.2.0"), problems.get(0));
        assertTrue(problems.get(0).contains("org.landcarbon.analysis.Analysis"), problems.get(0));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ApiBaseline.main(
                new String[] { "check", baselineDir.toString(), bundles.toString() }));
        assertTrue(e.getMessage().startsWith("API baseline check failed (1 package)"), e.getMessage());
    }

    @Test
    void aBaselineBundleThatWasNotBuiltIsAnError() throws Exception {
        Path baselineDir = Files.createDirectories(tmp.resolve("baseline"));
        bundle("v1", "0.1.0", Map.of("org/example/spi/Thing.java", SPI_V1)).write(baselineDir.resolve("org.example.bundle.jar"));
        IOException e = assertThrows(IOException.class,
                () -> ApiBaseline.check(baselineDir, Files.createDirectories(tmp.resolve("none")), false, System.out));
        assertTrue(e.getMessage().startsWith("bundle org.example.bundle is in the API baseline but no built jar"), e.getMessage());
    }

    @Test
    void refreshWritesOnlyApiClassesAndIsReproducible() throws Exception {
        Path bundles = tmp.resolve("bundles");
        Path target = Files.createDirectories(bundles.resolve("org.example.bundle/target"));
        Path built = target.resolve("org.example.bundle-0.1.0-SNAPSHOT.jar");
        Files.copy(rawBundle("v1", "0.1.0",
                Map.of("org/example/spi/Thing.java", SPI_V1, "org/example/spi/internal/Helper.java", INTERNAL)), built);
        Path baselineDir = tmp.resolve("baseline");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

        ApiBaseline.refresh(baselineDir, bundles, quiet);
        Path jar = baselineDir.resolve("org.example.bundle.jar");
        byte[] first = Files.readAllBytes(jar);
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Attributes main = in.getManifest().getMainAttributes();
            assertEquals("0.1.0", main.getValue("Bundle-Version"));
            assertEquals("org.example.spi;version=\"0.1.0\"", main.getValue("Export-Package"));
            List<String> names = new ArrayList<>();
            for (JarEntry e; (e = in.getNextJarEntry()) != null;) {
                names.add(e.getName());
            }
            assertEquals(List.of("org/example/spi/Thing.class"), names);
        }
        ApiBaseline.refresh(baselineDir, bundles, quiet);
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(jar)), "same input, same bytes");
    }

    private static List<String> breaking(List<ApiBaseline.Finding> findings) {
        return findings.stream().filter(ApiBaseline.Finding::breaking).map(ApiBaseline.Finding::message).toList();
    }

    private ApiJar bundle(String name, String apiVersion, Map<String, String> sources) throws Exception {
        return ApiJar.read(rawBundle(name, apiVersion, sources));
    }

    private ApiJar bundle(String name, String apiVersion, Map<String, String> sources, String directive) throws Exception {
        return ApiJar.read(rawBundle(name, apiVersion, sources, directive));
    }

    /** Compiles the sources and jars them as bundle org.example.bundle exporting the given API version. */
    private Path rawBundle(String name, String apiVersion, Map<String, String> sources) throws Exception {
        return rawBundle(name, apiVersion, sources, null);
    }

    private Path rawBundle(String name, String apiVersion, Map<String, String> sources, String directive) throws Exception {
        Path src = Files.createDirectories(tmp.resolve(name + "/src"));
        Path classes = Files.createDirectories(tmp.resolve(name + "/classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "21"));
        for (Map.Entry<String, String> s : sources.entrySet()) {
            Path file = src.resolve(s.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, s.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "test sources compile");

        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-SymbolicName", "org.example.bundle;singleton:=true");
        main.putValue("Bundle-Version", "0.1.0.202612031200");
        main.putValue("Export-Package", apiVersion == null ? "org.example.spi.internal;x-internal:=true"
                : String.format(EXPORTS, apiVersion).replaceFirst("\"(,)", "\"" + (directive == null ? "" : ";" + directive) + "$1"));
        Path jar = tmp.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void copyWithout(Path jar, String entryName, Path target) throws IOException {
        try (JarFile in = new JarFile(jar.toFile());
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), in.getManifest())) {
            for (JarEntry e : java.util.Collections.list(in.entries())) {
                if (e.getName().equals(entryName) || e.getName().equals(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                out.putNextEntry(new JarEntry(e.getName()));
                out.write(in.getInputStream(e).readAllBytes());
                out.closeEntry();
            }
        }
    }
}
