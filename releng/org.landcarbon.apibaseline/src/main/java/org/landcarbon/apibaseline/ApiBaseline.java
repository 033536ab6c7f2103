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
import aQute.bnd.version.Version;

/**
 * Compares the API packages of the built bundles with the committed baseline (releng/api-baseline) using
 * bnd's semantic diff, and fails when a package broke compatibility (removed or changed member, abstract
 * method added to an interface that is not an x-provider-type) without the version step that says so: the next
 * major, below 1.0 the next minor (bnd itself does not check 0.x at all). An addition that the version does not
 * cover yet is a note, or an error with {@code strict} (before a release).
 *
 * <pre>
 * check   BASELINE_DIR BUNDLES_DIR [strict]   fail (exception) on a version that does not cover a change
 * refresh BASELINE_DIR BUNDLES_DIR            write the built bundles' API as the new baseline (at a release)
 * </pre>
 */
public final class ApiBaseline {

    private static final int MAX_CAUSES = 8;

    private ApiBaseline() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4 || !(args[0].equals("check") || args[0].equals("refresh"))) {
            throw new IllegalArgumentException("usage: ApiBaseline check|refresh BASELINE_DIR BUNDLES_DIR [strict]");
        }
        Path baselineDir = Path.of(args[1]);
        Path bundlesDir = Path.of(args[2]);
        if (args[0].equals("refresh")) {
            refresh(baselineDir, bundlesDir, System.out);
            return;
        }
        boolean strict = args.length == 4 && Boolean.parseBoolean(args[3]);
        List<String> problems = check(baselineDir, bundlesDir, strict, System.out);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("API baseline check failed (" + problems.size() + " package"
                    + (problems.size() == 1 ? "" : "s") + "); see API_POLICY.md:\n" + String.join("\n", problems));
        }
    }

    /**
     * Every baseline bundle against its built jar. Returns one message per package whose version does not cover
     * a break (and, when {@code strict}, an addition); additions are otherwise printed to {@code log} as notes.
     */
    public static List<String> check(Path baselineDir, Path bundlesDir, boolean strict, PrintStream log) throws Exception {
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
                    + " from the API goes with a release and a baseline refresh"));
            List<Finding> found = compare(ApiJar.read(built), ApiJar.read(baselineJar));
            List<String> failing = found.stream().filter(f -> f.breaking() || strict).map(Finding::message).toList();
            log.println("API baseline: " + bsn + (failing.isEmpty() ? " ok" : ": " + failing.size() + " problem(s)"));
            found.stream().filter(f -> !f.breaking() && !strict)
                    .forEach(f -> log.println("API baseline: note (an error with -Dapi.baseline.strict=true): " + f.message()));
            problems.addAll(failing);
        }
        return problems;
    }

    /** One package whose version does not cover its change; {@code breaking} for a removal or incompatible change. */
    public record Finding(boolean breaking, String message) {
    }

    /** The packages of {@code current} whose version does not cover their change against {@code baseline}. */
    public static List<Finding> compare(ApiJar current, ApiJar baseline) throws Exception {
        List<Finding> findings = new ArrayList<>();
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
                    findings.add(new Finding(true, "package " + info.packageName + where + " was removed from the API,"
                            + " version " + info.olderVersion + " in the baseline: removing API needs a major release"
                            + " (then refresh the baseline)"));
                } else if (delta == Delta.MAJOR || delta == Delta.MINOR || delta == Delta.MICRO) {
                    Version needed = needed(delta, info.olderVersion);
                    if (info.newerVersion.getWithoutQualifier().compareTo(needed) < 0) {
                        findings.add(new Finding(delta == Delta.MAJOR, "package " + info.packageName + where + " has a "
                                + delta + " change against the baseline " + info.olderVersion + " but is version "
                                + info.newerVersion + ": it needs version " + needed + " in Export-Package of "
                                + current.symbolicName() + "/META-INF/MANIFEST.MF" + causes(info.reason)));
                    }
                }
            }
        }
        return findings;
    }

    /**
     * The lowest version that covers the change. A break needs the next major version, but below 1.0 the next
     * minor (0.1 to 0.2): 0.x is provisional (API_POLICY.md). An addition needs the next minor, a fix the micro.
     */
    static Version needed(Delta delta, Version older) {
        return switch (delta) {
            case MAJOR -> older.getMajor() == 0 ? new Version(0, older.getMinor() + 1, 0) : new Version(older.getMajor() + 1, 0, 0);
            case MINOR -> new Version(older.getMajor(), older.getMinor() + 1, 0);
            default -> new Version(older.getMajor(), older.getMinor(), older.getMicro() + 1);
        };
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
