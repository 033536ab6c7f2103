package org.landcarbon.ui.internal.preferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The language of the next start, written as "-nl" into the launcher's ini file (landcarbon.ini beside
 * the executable), where Equinox reads it before anything is translated: the extension registry and the
 * message bundles are fixed at start, so a language cannot change while running.
 */
public final class LauncherLanguage {

    private LauncherLanguage() {
    }

    /** The ini's lines with "-nl" set to nl, or removed when nl is empty; vmargs untouched. */
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

    /** The launcher's ini, or null when the workbench was not started by a launcher (tests, IDE). */
    public static Path iniFile() {
        String launcher = System.getProperty("eclipse.launcher");
        if (launcher == null || launcher.isBlank()) {
            return null;
        }
        String base = launcher.endsWith(".exe") ? launcher.substring(0, launcher.length() - 4) : launcher;
        Path ini = Path.of(base + ".ini");
        return Files.isRegularFile(ini) ? ini : null;
    }

    /** Writes the language for the next start; false when there is no writable ini. */
    public static boolean write(String nl) {
        Path ini = iniFile();
        if (ini == null || !Files.isWritable(ini)) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(ini, StandardCharsets.UTF_8);
            Files.write(ini, withLanguage(lines, nl), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
