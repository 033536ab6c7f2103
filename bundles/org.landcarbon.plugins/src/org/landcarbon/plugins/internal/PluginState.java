package org.landcarbon.plugins.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugins a user installed, kept outside the product so that a rebuilt product can get them back:
 * {@code installed.txt} (feature, version, origin per line) and {@code repository/}, a p2 repository
 * holding a copy of everything those installs added. Lives in {@code $LANDCARBON_PLUGINS_HOME}, by default
 * {@code $XDG_DATA_HOME/landcarbon/plugins} ({@code ~/.local/share/landcarbon/plugins}).
 */
public final class PluginState {

    /** One installed feature. */
    public record Entry(String feature, String version, String origin) {
    }

    private static final String HEADER = "# LandCarbon plugins installed with 'landcarbon plugins install'"
            + " (feature, version, origin); 'landcarbon plugins restore' reinstalls them from repository/\n";

    private final Path home;

    public PluginState(Path home) {
        this.home = home;
    }

    /** The folder named by the environment, as documented in docs/plugins.md. */
    public static PluginState fromEnvironment() {
        String explicit = System.getenv("LANDCARBON_PLUGINS_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return new PluginState(Path.of(explicit));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return new PluginState(data.resolve("landcarbon").resolve("plugins"));
    }

    public Path home() {
        return home;
    }

    public Path file() {
        return home.resolve("installed.txt");
    }

    public Path repository() {
        return home.resolve("repository");
    }

    /** The entries in file order; an absent file is an empty list. */
    public List<Entry> read() throws IOException {
        Path f = file();
        if (!Files.exists(f)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        int row = 0;
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            row++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3 || cells[0].isBlank()) {
                throw new IOException(f + " line " + row + ": expected 'feature<TAB>version<TAB>origin', got '" + line + "'");
            }
            entries.add(new Entry(cells[0], cells[1], cells[2]));
        }
        return entries;
    }

    /** Adds or replaces the entry of a feature. */
    public void put(Entry entry) throws IOException {
        Map<String, Entry> byFeature = index();
        byFeature.put(entry.feature(), entry);
        write(byFeature.values());
    }

    /** Removes a feature; true when it was recorded. */
    public boolean remove(String feature) throws IOException {
        Map<String, Entry> byFeature = index();
        boolean removed = byFeature.remove(feature) != null;
        if (removed) {
            write(byFeature.values());
        }
        return removed;
    }

    private Map<String, Entry> index() throws IOException {
        Map<String, Entry> byFeature = new LinkedHashMap<>();
        for (Entry e : read()) {
            byFeature.put(e.feature(), e);
        }
        return byFeature;
    }

    private void write(Iterable<Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (Entry e : entries) {
            text.append(e.feature()).append('\t').append(e.version()).append('\t').append(e.origin()).append('\n');
        }
        Files.createDirectories(home);
        Path tmp = Files.createTempFile(home, "installed", ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Copies the record into the product ({@code marker}) once the product's profile matches it; the launcher
     * compares the two files to see whether a rebuilt product still has to get its plugins back.
     */
    public void markApplied(Path marker) throws IOException {
        Files.createDirectories(marker.getParent());
        if (Files.exists(file())) {
            Files.copy(file(), marker, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(marker);
        }
    }
}
