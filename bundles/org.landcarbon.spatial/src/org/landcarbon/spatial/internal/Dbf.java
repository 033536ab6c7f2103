package org.landcarbon.spatial.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.SpatialException;

/** dBASE III attribute tables of shapefiles: every field read as trimmed text; a deleted record is refused. */
final class Dbf {

    private Dbf() {
    }

    /** The field names of the header only. */
    static List<String> fieldNames(Path dbf) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(dbf)) {
            head = in.readNBytes(32 + 32 * 255 + 1);
        }
        if (head.length < 33) {
            throw new SpatialException(dbf + ": not a dBASE file (too short)");
        }
        List<String> names = new ArrayList<>();
        for (int p = 32; p + 32 <= head.length && head[p] != 0x0D; p += 32) {
            int end = p;
            while (end < p + 11 && head[end] != 0) {
                end++;
            }
            names.add(new String(head, p, end - p, Charset.forName("ISO-8859-1")).strip());
        }
        return names;
    }

    static List<Map<String, String>> read(Path dbf, Charset cs) throws IOException {
        long size = Files.size(dbf);
        if (size > Boundaries.MAX_FILE_BYTES) {
            throw new SpatialException(dbf + ": " + size + " bytes, more than the limit of " + Boundaries.MAX_FILE_BYTES);
        }
        byte[] bytes = Files.readAllBytes(dbf);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (size < 33) {
            throw new SpatialException(dbf + ": not a dBASE file (too short)");
        }
        long records = Integer.toUnsignedLong(b.getInt(4));
        int headerLen = Short.toUnsignedInt(b.getShort(8)), recordLen = Short.toUnsignedInt(b.getShort(10));
        if (headerLen < 33 || recordLen < 1 || headerLen + records * recordLen > size) {
            throw new SpatialException(dbf + ": the header announces " + records + " records of " + recordLen
                    + " bytes after " + headerLen + " header bytes, more than the file's " + size + " bytes");
        }
        List<String> names = new ArrayList<>();
        List<int[]> fields = new ArrayList<>(); // {offset in record, length, type}
        int offset = 1;
        for (int p = 32; p + 32 <= headerLen && bytes[p] != 0x0D; p += 32) {
            int end = p;
            while (end < p + 11 && bytes[end] != 0) {
                end++;
            }
            names.add(new String(bytes, p, end - p, Charset.forName("ISO-8859-1")).strip());
            int len = Byte.toUnsignedInt(bytes[p + 16]);
            fields.add(new int[] { offset, len, bytes[p + 11] });
            offset += len;
        }
        if (offset > recordLen) {
            throw new SpatialException(dbf + ": the fields take " + offset + " bytes, more than the record length " + recordLen);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (long r = 0; r < records; r++) {
            int at = (int) (headerLen + r * recordLen);
            if (bytes[at] == '*') {
                throw new SpatialException(dbf + ", record " + (r + 1) + ": marked deleted; its shape would lose its attributes (repack the shapefile)");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int f = 0; f < fields.size(); f++) {
                int[] fd = fields.get(f);
                String v = Shapefile.decode(bytes, at + fd[0], fd[1], cs).strip();
                if ((fd[2] == 'N' || fd[2] == 'F') && v.matches("-?\\d+\\.0*")) {
                    v = v.substring(0, v.indexOf('.')); // 522601.000 in a numeric field is the code 522601
                }
                row.put(names.get(f), v);
            }
            rows.add(row);
        }
        return rows;
    }
}
