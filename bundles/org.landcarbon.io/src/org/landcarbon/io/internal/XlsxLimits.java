package org.landcarbon.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.landcarbon.model.text.Limits;
import org.landcarbon.model.text.Texts;

/**
 * Checks a workbook against {@link Limits} before the XLSX reader sees it: the file size, the number
 * of parts, and each part's real inflated size and compression ratio, counted while inflating into a
 * small buffer (the sizes a ZIP declares can lie). A zip bomb is refused after at most its first
 * {@link Limits#MAX_XLSX_RATIO} x compressed bytes, with constant memory.
 */
final class XlsxLimits {

    private static final long GRACE = 1L << 20; // small parts compress well (repeated XML tags): no ratio check below 1 MiB

    private XlsxLimits() {
    }

    /** Why the workbook is refused, or {@code null} when it is within the limits. */
    static String check(Path file) throws IOException {
        long size = Files.size(file);
        if (size > Limits.MAX_XLSX_FILE_BYTES) {
            return "file too large: " + Limits.bytes(size) + ", the limit for an XLSX file is " + Limits.bytes(Limits.MAX_XLSX_FILE_BYTES);
        }
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (++parts > Limits.MAX_XLSX_ENTRIES) {
                    return "too many parts: more than " + Limits.number(Limits.MAX_XLSX_ENTRIES) + " ZIP entries; not a workbook Excel writes";
                }
                if (entry.isDirectory()) {
                    continue;
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        inflated += n;
                        total += n;
                        String why = exceeded(entry, inflated, compressed, total);
                        if (why != null) {
                            return why;
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            return "not a readable XLSX workbook (the ZIP file is truncated or damaged: " + Texts.withoutClassNames(e.getMessage()) + ")";
        }
        return null;
    }

    private static String exceeded(ZipEntry entry, long inflated, long compressed, long total) {
        String part = Texts.cut(entry.getName());
        if (inflated > Limits.MAX_XLSX_ENTRY_BYTES) {
            return "part " + part + " inflates to more than " + Limits.bytes(Limits.MAX_XLSX_ENTRY_BYTES)
                    + " (the limit for one part of a workbook)";
        }
        if (total > Limits.MAX_XLSX_TOTAL_BYTES) {
            return "the workbook inflates to more than " + Limits.bytes(Limits.MAX_XLSX_TOTAL_BYTES) + " (the limit for a whole workbook)";
        }
        if (inflated > GRACE && inflated > compressed * Limits.MAX_XLSX_RATIO) {
            return "part " + part + " inflates more than " + Limits.MAX_XLSX_RATIO + " times its compressed size of "
                    + Limits.bytes(compressed) + " (the limit; a zip bomb?)";
        }
        return null;
    }
}
