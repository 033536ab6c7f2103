package org.landcarbon.plugins.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Turns what a user types after {@code --repository} (a URL, a folder or a zip file) into a p2 location. */
public final class RepositoryLocation {

    private RepositoryLocation() {
    }

    /**
     * @param text an http(s)/file/jar URL, a repository folder or a zipped repository
     * @param cwd the folder relative paths are taken from
     * @throws PluginException when a local path does not exist or is neither a folder nor a zip file
     */
    public static URI parse(String text, Path cwd) throws PluginException {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("jar:")) {
            try {
                return new URI(t);
            } catch (URISyntaxException e) {
                throw new PluginException("--repository " + t + " is not a valid URL: " + e.getReason());
            }
        }
        Path path;
        if (lower.startsWith("file:")) {
            try {
                path = Path.of(new URI(t));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new PluginException("--repository " + t + " is not a valid file URL");
            }
        } else {
            path = cwd.resolve(t);
        }
        path = path.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return path.toUri();
        }
        if (Files.isRegularFile(path)) {
            if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw new PluginException("--repository " + path + " is a file but not a .zip archive of a p2 repository");
            }
            return URI.create("jar:" + path.toUri() + "!/");
        }
        throw new PluginException("--repository " + path + " does not exist");
    }
}
