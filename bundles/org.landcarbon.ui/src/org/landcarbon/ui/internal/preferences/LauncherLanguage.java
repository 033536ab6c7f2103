package org.landcarbon.ui.internal.preferences;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The language of the next start. The extension registry and the message bundles are fixed when the
 * framework starts, so a language cannot change while running: it is written as {@code osgi.nl} into the
 * configuration area's config.ini (what the product's script launcher uses), and as "-nl" into a native
 * launcher's ini when there is one. A "-nl" given on the command line still wins.
 */
public final class LauncherLanguage {

    private LauncherLanguage() {
    }

    /** A launcher ini's lines with "-nl" set to nl, or removed when nl is empty; vmargs untouched. */
    public static List<String> withLanguage(List<String> lines, String nl) {
        List<String> out = new ArrayList<>();
        boolean vm = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            vm |= l.strip().equals("-vmargs");
            if (!vm && l.strip().equals("-nl")) {
                i++; // its value
                continue;
            }
            out.add(l);
        }
        if (nl != null && !nl.isBlank()) {
            out.addAll(0, List.of("-nl", nl));
        }
        return out;
    }

    /** config.ini's lines with osgi.nl set to nl, or removed when nl is empty. */
    public static List<String> withConfigLanguage(List<String> lines, String nl) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.strip().startsWith("osgi.nl=") && !l.strip().startsWith("osgi.nl =")) {
                out.add(l);
            }
        }
        if (nl != null && !nl.isBlank()) {
            out.add("osgi.nl=" + nl);
        }
        return out;
    }

    /** The native launcher's ini, or null when the workbench was not started by one. */
    static Path launcherIni() {
        String launcher = System.getProperty("eclipse.launcher");
        if (launcher == null || launcher.isBlank()) {
            return null;
        }
        String base = launcher.endsWith(".exe") ? launcher.substring(0, launcher.length() - 4) : launcher;
        Path ini = Path.of(base + ".ini");
        return Files.isRegularFile(ini) ? ini : null;
    }

    /** config.ini of the configuration area, or null when there is none on disk. */
    static Path configIni() {
        Location location = Platform.getConfigurationLocation();
        URL url = location == null ? null : location.getURL();
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            return Path.of(url.toURI()).resolve("config.ini");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(url.getPath()).resolve("config.ini");
        }
    }

    /** Writes the language for the next start; false when no file could be written. */
    public static boolean write(String nl) {
        boolean written = write(configIni(), nl, false);
        Path ini = launcherIni();
        return (ini == null ? written : write(ini, nl, true)) || written;
    }

    /** Rewrites one file (a config.ini is created when missing); false when it cannot be written. */
    static boolean write(Path file, String nl, boolean launcher) {
        if (file == null) {
            return false;
        }
        try {
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.ISO_8859_1) : List.of();
            Files.write(file, launcher ? withLanguage(lines, nl) : withConfigLanguage(lines, nl), StandardCharsets.ISO_8859_1);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
