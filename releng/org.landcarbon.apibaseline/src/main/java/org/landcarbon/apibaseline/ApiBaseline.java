package org.landcarbon.apibaseline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;

/**
 * Compares the API packages of the built bundles with the committed baseline (releng/api-baseline) using
 * bnd's semantic diff, and fails when a package changed more than its version says: a break (removed or
 * changed member, abstract method added to an interface) needs the next major version, an addition the next
 * minor. Unlike bnd's own default, 0.x versions are held to the same rules (API_POLICY.md).
 *
 * <pre>
 * check   BASELINE_DIR BUNDLES_DIR   fail (exception) on a version that does not cover a change
 * refresh BASELINE_DIR BUNDLES_DIR   write the built bundles' API as the new baseline (at a release)
 * </pre>
 */
public final class ApiBaseline {

    private static final int MAX_CAUSES = 8;

    private ApiBaseline() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !(args[0].equals("check") || args[0].equals("refresh"))) {
            throw new IllegalArgumentException("usage: ApiBaseline check|refresh BASELINE_DIR BUNDLES_DIR");
        }
        Path baselineDir = Path.of(args[1]);
        Path bundlesDir = Path.of(args[2]);
        if (args[0].equals("refresh")) {
            refresh(baselineDir, bundlesDir, System.out);
            return;
        }
        List<String> problems = check(baselineDir, bundlesDir, System.out);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("API baseline check failed (" + problems.size() + " package"
                    + (problems.size() == 1 ? "" : "s") + "); see API_POLICY.md:\n" + String.join("\n", problems));
        }
    }

    /** Every baseline bundle against its built jar; returns one message per package whose version is short. */
    public static List<String> check(Path baselineDir, Path bundlesDir, PrintStream log) throws Exception {
        List<Path> baselines = baselineJars(baselineDir);
        if (baselines.isEmpty()) {
            throw new IOException(baselineDir + ": no baseline jars (*.jar); create them with 'refresh'");
        }
        List<String> problems = new ArrayList<>();
        for (Path baselineJar : baselines) {
            String bsn = baselineJar.getFileName().toString().replaceFirst("\\.jar$", "");
            Path built = builtJar(bundlesDir, bsn).orElseThrow(() -> new IOException("bundle " + bsn
                    + " is in the API baseline but no built jar was found at " + bundlesDir.resolve(bsn)
                    + "/target/" + bsn + "-*.jar: build the bundles first (./mvnw verify); a bundle removed"
                    + " from the API goes with a major release and a baseline refresh"));
            List<String> found = compare(ApiJar.read(built), ApiJar.read(baselineJar));
            log.println("API baseline: " + bsn + (found.isEmpty() ? " ok" : ": " + found.size() + " problem(s)"));
            problems.addAll(found);
        }
        return problems;
    }

    /** The packages of {@code current} whose version does not cover their change against {@code baseline}. */
    public static List<String> compare(ApiJar current, ApiJar baseline) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Processor reporter = new Processor();
                Jar newer = new Jar(current.symbolicName(), new ByteArrayInputStream(current.bytes()));
                Jar older = new Jar(baseline.symbolicName(), new ByteArrayInputStream(baseline.bytes()))) {
            Baseline baseliner = new Baseline(reporter, new DiffPluginImpl());
            List<Info> infos = baseliner.baseline(newer, older, null).stream()
                    .sorted(Comparator.comparing((Info i) -> i.packageName)).toList();
            for (Info info : infos) {
                Delta delta = info.packageDiff.getDelta();
                String where = " (bundle " + current.symbolicName() + ")";
                if (delta == Delta.REMOVED) {
                    problems.add("package " + info.packageName + where + " was removed from the API, version "
                            + info.olderVersion + " in the baseline: removing API needs a major release"
                            + " (then refresh the baseline)");
                } else if (info.suggestedVersion != null && delta != Delta.UNCHANGED && delta != Delta.ADDED
                        && info.newerVersion.getWithoutQualifier().compareTo(info.suggestedVersion) < 0) {
                    problems.add("package " + info.packageName + where + " has a " + delta
                            + " change against the baseline " + info.olderVersion + " but is version "
                            + info.newerVersion + ": it needs version " + info.suggestedVersion
                            + " in Export-Package of " + current.symbolicName() + "/META-INF/MANIFEST.MF"
                            + causes(info.reason));
                }
            }
        }
        return problems;
    }

    /** Writes the API of every built bundle that has API packages as BASELINE_DIR/BSN.jar, dropping stale ones. */
    public static void refresh(Path baselineDir, Path bundlesDir, PrintStream log) throws Exception {
        Files.createDirectories(baselineDir);
        List<ApiJar> apis = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(bundlesDir)) {
            for (Path dir : dirs.filter(ApiBaseline::isShippedBundle).sorted().toList()) {
                Optional<Path> built = builtJar(bundlesDir, dir.getFileName().toString());
                if (built.isPresent()) {
                    ApiJar api = ApiJar.read(built.get());
                    if (api.hasApi()) {
                        apis.add(api);
                    }
                }
            }
        }
        if (apis.isEmpty()) {
            throw new IOException(bundlesDir + ": no built bundle with API packages; build first (./mvnw verify)");
        }
        for (Path old : baselineJars(baselineDir)) {
            Files.delete(old);
        }
        for (ApiJar api : apis) {
            api.write(baselineDir.resolve(api.symbolicName() + ".jar"));
            log.println("API baseline: wrote " + api.symbolicName());
        }
    }

    /** Test fragments and the UI test support bundle are not shipped, so they are not API. */
    private static boolean isShippedBundle(Path dir) {
        String name = dir.getFileName().toString();
        return Files.isDirectory(dir) && !name.endsWith(".tests") && !name.endsWith(".testsupport");
    }

    private static String causes(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        List<String> lines = reason.lines().toList();
        StringBuilder b = new StringBuilder("; changes:");
        lines.stream().limit(MAX_CAUSES).forEach(l -> b.append("\n    ").append(l));
        if (lines.size() > MAX_CAUSES) {
            b.append("\n    ... and ").append(lines.size() - MAX_CAUSES).append(" more");
        }
        return b.toString();
    }

    private static List<Path> baselineJars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** The bundle jar Tycho wrote (BSN-VERSION.jar, not -sources), the newest if several versions are there. */
    static Optional<Path> builtJar(Path bundlesDir, String bsn) throws IOException {
        Path target = bundlesDir.resolve(bsn).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(bsn + "-") && n.endsWith(".jar") && !n.endsWith("-sources.jar")
                        && Character.isDigit(n.charAt(bsn.length() + 1));
            }).max(Comparator.comparing(ApiBaseline::lastModified));
        }
    }

    private static long lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
