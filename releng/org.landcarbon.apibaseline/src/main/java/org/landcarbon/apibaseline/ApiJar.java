package org.landcarbon.apibaseline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;

/**
 * The API of one bundle jar: its manifest reduced to name, version and the versioned exports that are not
 * x-internal, and the class files of exactly those packages. Baseline and build output are both reduced this
 * way before they are compared, so resources, internal packages and build-specific headers never count, and
 * the committed baseline stays small.
 */
public final class ApiJar {

    /** Fixed entry time (1980-02-01): a refreshed baseline of unchanged classes is byte-identical. */
    private static final long ENTRY_TIME = 315_532_800_000L + 31L * 86_400_000L;

    private final String symbolicName;
    private final String version;
    private final Parameters apiExports;
    private final Map<String, byte[]> classes;

    private ApiJar(String symbolicName, String version, Parameters apiExports, Map<String, byte[]> classes) {
        this.symbolicName = symbolicName;
        this.version = version;
        this.apiExports = apiExports;
        this.classes = classes;
    }

    /** Reads a bundle jar; a jar without a Bundle-SymbolicName is not a bundle and is refused. */
    public static ApiJar read(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String bsn = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            if (bsn == null) {
                throw new IOException(jar + ": not an OSGi bundle (no Bundle-SymbolicName in META-INF/MANIFEST.MF)");
            }
            Attributes main = manifest.getMainAttributes();
            Parameters api = apiExports(main.getValue("Export-Package"));
            Map<String, byte[]> classes = new TreeMap<>();
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                int slash = name.lastIndexOf('/');
                if (entry.isDirectory() || !name.endsWith(".class") || slash < 0) {
                    continue;
                }
                if (api.containsKey(name.substring(0, slash).replace('/', '.'))) {
                    try (InputStream in = file.getInputStream(entry)) {
                        classes.put(name, in.readAllBytes());
                    }
                }
            }
            return new ApiJar(bsn.split(";")[0].trim(), main.getValue("Bundle-Version"), api, classes);
        }
    }

    /** The API exports of an Export-Package header: those with a version and without x-internal or x-friends. */
    static Parameters apiExports(String exportPackage) {
        Parameters all = new Parameters(exportPackage == null ? "" : exportPackage);
        Parameters api = new Parameters();
        for (Map.Entry<String, Attrs> e : all.entrySet()) {
            Attrs attrs = e.getValue();
            boolean internal = "true".equals(attrs.get("x-internal:")) || attrs.containsKey("x-friends:");
            if (!internal && attrs.containsKey("version")) {
                Attrs kept = new Attrs();
                kept.put("version", attrs.get("version"));
                // interfaces plugins only use, never implement: adding a method to them is an addition
                if (attrs.containsKey("x-provider-type:")) {
                    kept.put("x-provider-type:", attrs.get("x-provider-type:"));
                }
                api.put(e.getKey(), kept);
            }
        }
        return api;
    }

    public String symbolicName() {
        return symbolicName;
    }

    public boolean hasApi() {
        return !apiExports.isEmpty();
    }

    /** The reduced jar, written reproducibly (sorted entries, fixed times). */
    public byte[] bytes() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        // the qualifier differs per build and says nothing about the API
        main.putValue("Bundle-Version", withoutQualifier(version));
        main.putValue("Export-Package", apiExports.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out)) {
            JarEntry manifestEntry = new JarEntry(JarFile.MANIFEST_NAME);
            manifestEntry.setTime(ENTRY_TIME);
            jar.putNextEntry(manifestEntry);
            manifest.write(jar);
            jar.closeEntry();
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                JarEntry entry = new JarEntry(c.getKey());
                entry.setTime(ENTRY_TIME);
                jar.putNextEntry(entry);
                jar.write(c.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void write(Path target) throws IOException {
        Files.write(target, bytes());
    }

    static String withoutQualifier(String version) {
        if (version == null) {
            return "0.0.0";
        }
        String[] parts = version.trim().split("\\.");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append(i > 0 ? "." : "").append(i < parts.length ? parts[i] : "0");
        }
        return b.toString();
    }
}
