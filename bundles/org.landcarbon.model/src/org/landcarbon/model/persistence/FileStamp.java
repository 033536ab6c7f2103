package org.landcarbon.model.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a study file was when it was read: size, modification time and SHA-256 of its bytes. A save
 * compares it with the file on disk to tell that another program wrote the file meanwhile; only the
 * size and content decide (a {@code touch} that changes only the time is not a change).
 *
 * @param size     bytes
 * @param modified milliseconds since the epoch (for messages)
 * @param sha256   hex digest of the bytes
 */
public record FileStamp(long size, long modified, String sha256) {

    /** The stamp of bytes just read from or written to {@code file}. */
    public static FileStamp of(Path file, byte[] bytes) {
        long modified;
        try {
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            modified = 0;
        }
        return new FileStamp(bytes.length, modified, sha256(bytes));
    }

    /** The file's stamp now; {@code null} when it does not exist. */
    public static FileStamp current(Path file) throws IOException {
        try {
            return of(file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Same size and content (the time may differ). */
    public boolean sameContent(FileStamp other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
