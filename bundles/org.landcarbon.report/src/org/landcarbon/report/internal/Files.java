package org.landcarbon.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file whole or not at all: into a temporary file beside it, then moved over it. */
final class Files {

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Files() {
    }

    static void atomic(Path file, Body body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !java.nio.file.Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such folder");
        }
        Path tmp = java.nio.file.Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = java.nio.file.Files.newOutputStream(tmp)) {
                body.write(out);
            }
            try {
                java.nio.file.Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                java.nio.file.Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    /** The file name without its extension: "report" for report.tex. */
    static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Where a figure of a LaTeX or Markdown report goes: beside it, named after it. */
    static Path figureFile(Path document, String figure) {
        return document.resolveSibling(stem(document) + "-" + figure + ".png");
    }
}
