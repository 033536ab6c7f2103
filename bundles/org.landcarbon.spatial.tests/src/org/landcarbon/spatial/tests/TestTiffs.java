package org.landcarbon.spatial.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffWriter;
import mil.nga.tiff.compression.DeflateCompression;
import mil.nga.tiff.util.TiffConstants;

/**
 * Test GeoTIFFs. Striped files are written with mil.nga:tiff's TiffWriter; its writer refuses
 * tiles and 3.0.0 has no LZW or PackBits encoder, so tiled, LZW and PackBits files come from the
 * small writer below (mil.nga's Deflate encoder, TIFF 6.0 LZW and PackBits encoders here).
 */
final class TestTiffs {

    /** Where the grid lies and how it is written. */
    record Spec(int width, int height, double x0, double y0, double dx, double dy, int epsg, boolean geographic, Integer nodata,
            int bits, int compression, int tile, int rowsPerStrip, int predictor) {

        Spec with(int compression, int tile, int rowsPerStrip, int predictor) {
            return new Spec(width, height, x0, y0, dx, dy, epsg, geographic, nodata, bits, compression, tile, rowsPerStrip, predictor);
        }
    }

    private TestTiffs() {
    }

    static List<Integer> geoKeys(Spec s) {
        return s.geographic() ? List.of(1, 1, 0, 3, 1024, 0, 1, 2, 1025, 0, 1, 1, 2048, 0, 1, s.epsg())
                : List.of(1, 1, 0, 3, 1024, 0, 1, 1, 1025, 0, 1, 1, 3072, 0, 1, s.epsg());
    }

    /** Writes codes (row-major) with mil.nga:tiff's TiffWriter as strips (none, Deflate or PackBits). */
    static void writeNga(Path file, Spec s, int[] codes) throws IOException {
        FieldType type = s.bits() == 8 ? FieldType.BYTE : FieldType.SHORT;
        Rasters rasters = new Rasters(s.width(), s.height(), 1, type);
        for (int y = 0; y < s.height(); y++) {
            for (int x = 0; x < s.width(); x++) {
                rasters.setFirstPixelSample(x, y, s.bits() == 8 ? (Number) (short) codes[y * s.width() + x] : (Number) codes[y * s.width() + x]);
            }
        }
        FileDirectory d = new FileDirectory();
        d.setImageWidth(s.width());
        d.setImageHeight(s.height());
        d.setBitsPerSample(s.bits());
        d.setCompression(s.compression());
        d.setPhotometricInterpretation(TiffConstants.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO);
        d.setSamplesPerPixel(1);
        d.setRowsPerStrip(s.rowsPerStrip());
        d.setPlanarConfiguration(TiffConstants.PLANAR_CONFIGURATION_CHUNKY);
        d.setSampleFormat(TiffConstants.SAMPLE_FORMAT_UNSIGNED_INT);
        d.setModelPixelScale(List.of(s.dx(), s.dy(), 0.0));
        d.setModelTiepoint(List.of(0.0, 0.0, 0.0, s.x0(), s.y0(), 0.0));
        List<Integer> keys = geoKeys(s);
        d.addEntry(new FileDirectoryEntry(FieldTagType.GeoKeyDirectory, FieldType.SHORT, keys.size(), new ArrayList<>(keys)));
        if (s.nodata() != null) {
            String nd = String.valueOf(s.nodata());
            d.addEntry(new FileDirectoryEntry(FieldTagType.GDAL_NODATA, FieldType.ASCII, nd.length() + 1, List.of(nd)));
        }
        d.setWriteRasters(rasters);
        TIFFImage image = new TIFFImage();
        image.add(d);
        TiffWriter.writeTiff(file.toFile(), image);
    }

    /** Writes codes with the writer of this class: tiles when {@code tile > 0}, else strips; any of the four compressions. */
    static void write(Path file, Spec s, int[] codes) throws IOException {
        write(file, s, codes, false);
    }

    /** As {@link #write(Path, Spec, int[])}, as BigTIFF (version 43, 8-byte offsets, 20-byte entries) when {@code big}. */
    static void write(Path file, Spec s, int[] codes, boolean big) throws IOException {
        int bw = s.tile() > 0 ? s.tile() : s.width(), bh = s.tile() > 0 ? s.tile() : s.rowsPerStrip();
        int across = (s.width() + bw - 1) / bw, down = (s.height() + bh - 1) / bh, bps = s.bits() / 8;
        List<byte[]> blocks = new ArrayList<>();
        for (int br = 0; br < down; br++) {
            for (int bc = 0; bc < across; bc++) {
                int rows = s.tile() > 0 ? bh : Math.min(bh, s.height() - br * bh);
                ByteBuffer b = ByteBuffer.allocate(bw * rows * bps).order(ByteOrder.LITTLE_ENDIAN);
                for (int r = 0; r < rows; r++) {
                    int prev = 0;
                    for (int c = 0; c < bw; c++) {
                        int y = br * bh + r, x = bc * bw + c;
                        int v = y < s.height() && x < s.width() ? codes[y * s.width() + x] : 0;
                        int out = s.predictor() == 2 ? (v - prev) & (bps == 1 ? 0xff : 0xffff) : v;
                        prev = v;
                        if (bps == 1) {
                            b.put((byte) out);
                        } else {
                            b.putShort((short) out);
                        }
                    }
                }
                blocks.add(encode(s.compression(), b.array()));
            }
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(new byte[big ? 16 : 8]);
        long[] offsets = new long[blocks.size()], counts = new long[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            offsets[i] = data.size();
            counts[i] = blocks.get(i).length;
            data.write(blocks.get(i));
        }
        TreeMap<Integer, Object[]> tags = new TreeMap<>(); // tag -> {type, values}
        tags.put(256, new Object[] { 4, new long[] { s.width() } });
        tags.put(257, new Object[] { 4, new long[] { s.height() } });
        tags.put(258, new Object[] { 3, new long[] { s.bits() } });
        tags.put(259, new Object[] { 3, new long[] { s.compression() } });
        tags.put(262, new Object[] { 3, new long[] { 1 } });
        tags.put(277, new Object[] { 3, new long[] { 1 } });
        tags.put(317, new Object[] { 3, new long[] { s.predictor() } });
        tags.put(339, new Object[] { 3, new long[] { 1 } });
        if (s.tile() > 0) {
            tags.put(322, new Object[] { 3, new long[] { bw } });
            tags.put(323, new Object[] { 3, new long[] { bh } });
            tags.put(324, new Object[] { big ? 16 : 4, offsets });
            tags.put(325, new Object[] { 4, counts });
        } else {
            tags.put(273, new Object[] { big ? 16 : 4, offsets });
            tags.put(278, new Object[] { 4, new long[] { bh } });
            tags.put(279, new Object[] { 4, counts });
        }
        tags.put(33550, new Object[] { 12, new double[] { s.dx(), s.dy(), 0 } });
        tags.put(33922, new Object[] { 12, new double[] { 0, 0, 0, s.x0(), s.y0(), 0 } });
        tags.put(34735, new Object[] { 3, geoKeys(s).stream().mapToLong(Integer::longValue).toArray() });
        if (s.nodata() != null) {
            tags.put(42113, new Object[] { 2, (s.nodata() + "\0").getBytes() });
        }
        // values longer than 4 bytes first, then the IFD
        ByteArrayOutputStream ifd = new ByteArrayOutputStream();
        List<byte[]> entries = new ArrayList<>();
        for (var e : tags.entrySet()) {
            int type = (Integer) e.getValue()[0];
            byte[] raw = raw(type, e.getValue()[1]);
            int count = type == 2 ? raw.length : raw.length / (type == 3 ? 2 : type == 4 ? 4 : 8); // 8: doubles, LONG8
            ByteBuffer en = ByteBuffer.allocate(big ? 20 : 12).order(ByteOrder.LITTLE_ENDIAN);
            en.putShort((short) (int) e.getKey()).putShort((short) type);
            if (big) {
                en.putLong(count);
            } else {
                en.putInt(count);
            }
            if (raw.length <= (big ? 8 : 4)) {
                en.put(raw);
            } else {
                if (data.size() % 2 == 1) {
                    data.write(0);
                }
                if (big) {
                    en.putLong(data.size());
                } else {
                    en.putInt(data.size());
                }
                data.write(raw);
            }
            entries.add(en.array());
        }
        if (data.size() % 2 == 1) {
            data.write(0);
        }
        int ifdAt = data.size();
        ByteBuffer n = ByteBuffer.allocate(big ? 8 : 2).order(ByteOrder.LITTLE_ENDIAN);
        if (big) {
            n.putLong(entries.size());
        } else {
            n.putShort((short) entries.size());
        }
        ifd.write(n.array());
        for (byte[] en : entries) {
            ifd.write(en);
        }
        ifd.write(new byte[big ? 8 : 4]);
        data.write(ifd.toByteArray());
        byte[] all = data.toByteArray();
        ByteBuffer h = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN).put(0, (byte) 'I').put(1, (byte) 'I');
        if (big) {
            h.putShort(2, (short) 43).putShort(4, (short) 8).putShort(6, (short) 0).putLong(8, ifdAt);
        } else {
            h.putShort(2, (short) 42).putInt(4, ifdAt);
        }
        Files.write(file, all);
    }

    private static byte[] raw(int type, Object values) {
        if (type == 2) {
            return (byte[]) values;
        }
        if (type == 16) {
            long[] l = (long[]) values;
            ByteBuffer b = ByteBuffer.allocate(8 * l.length).order(ByteOrder.LITTLE_ENDIAN);
            for (long v : l) {
                b.putLong(v);
            }
            return b.array();
        }
        if (type == 12) {
            double[] d = (double[]) values;
            ByteBuffer b = ByteBuffer.allocate(8 * d.length).order(ByteOrder.LITTLE_ENDIAN);
            for (double v : d) {
                b.putDouble(v);
            }
            return b.array();
        }
        long[] l = (long[]) values;
        ByteBuffer b = ByteBuffer.allocate((type == 3 ? 2 : 4) * l.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : l) {
            if (type == 3) {
                b.putShort((short) v);
            } else {
                b.putInt((int) v);
            }
        }
        return b.array();
    }

    static byte[] encode(int compression, byte[] raw) {
        return switch (compression) {
            case 5 -> lzw(raw);
            case 8 -> new DeflateCompression().encode(raw, ByteOrder.LITTLE_ENDIAN);
            case 32773 -> packBits(raw);
            default -> raw;
        };
    }

    /** TIFF 6.0 PackBits (section 9): runs of 2-128 equal bytes as (1 - n, byte), the rest as literals of up to 128. */
    static byte[] packBits(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < in.length) {
            int run = 1;
            while (i + run < in.length && run < 128 && in[i + run] == in[i]) {
                run++;
            }
            if (run >= 2) {
                out.write(1 - run);
                out.write(in[i]);
                i += run;
                continue;
            }
            int start = i;
            while (i < in.length && i - start < 128 && (i + 1 >= in.length || in[i + 1] != in[i])) {
                i++;
            }
            if (i == start) {
                i++;
            }
            out.write(i - start - 1);
            out.write(in, start, i - start);
        }
        return out.toByteArray();
    }

    /** TIFF 6.0 LZW (section 13): MSB-first codes of 9-12 bits, Clear 256, EOI 257, code width grows one code early. */
    static byte[] lzw(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] acc = { 0, 0 }; // bit buffer, bits in it
        java.util.HashMap<Long, Integer> table = new java.util.HashMap<>();
        int next = 258, width = 9;
        emit(out, acc, 256, width);
        int w = -1;
        for (byte bb : in) {
            int k = bb & 0xff;
            if (w < 0) {
                w = k;
                continue;
            }
            long key = ((long) w << 8) | k;
            Integer code = table.get(key);
            if (code != null) {
                w = code;
                continue;
            }
            emit(out, acc, w, width);
            table.put(key, next++);
            if (next + 1 > (1 << width) && width < 12) {
                width++;
            }
            if (next >= 4093) {
                emit(out, acc, 256, width);
                table.clear();
                next = 258;
                width = 9;
            }
            w = k;
        }
        if (w >= 0) {
            emit(out, acc, w, width);
            // the decoder adds one more entry on reading this last code, which may widen the EOI code
            if (next + 2 > (1 << width) && width < 12) {
                width++;
            }
        }
        emit(out, acc, 257, width);
        if (acc[1] > 0) {
            out.write((int) (acc[0] << (8 - acc[1])) & 0xff);
        }
        return out.toByteArray();
    }

    private static void emit(ByteArrayOutputStream out, long[] acc, int code, int width) {
        acc[0] = (acc[0] << width) | code;
        acc[1] += width;
        while (acc[1] >= 8) {
            out.write((int) (acc[0] >> (acc[1] - 8)) & 0xff);
            acc[1] -= 8;
        }
        acc[0] &= (1L << acc[1]) - 1;
    }
}
