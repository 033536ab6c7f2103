package org.landcarbon.spatial.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.landcarbon.spatial.SpatialException;

/**
 * The first image file directory of a TIFF or BigTIFF, read with positional reads: only the
 * header and the tag values are read, never the image data. mil.nga:tiff's reader loads the
 * whole file into one byte array (2 GB at most, and all of it in the heap), hence this reader.
 */
public final class TiffDirectory {

    /** Tag values longer than this many elements are refused (a corrupt count would otherwise allocate without bound). */
    static final long MAX_VALUES = 50_000_000L;

    private final String file;
    private final ByteOrder order;
    private final Map<Integer, Object> tags = new HashMap<>();

    private TiffDirectory(String file, ByteOrder order) {
        this.file = file;
        this.order = order;
    }

    public static TiffDirectory read(FileChannel ch, String file) throws IOException {
        if (ch.size() < 16) {
            throw new SpatialException(file + ": not a TIFF file (" + ch.size() + " bytes)");
        }
        ByteBuffer head = read(ch, 0, 16, ByteOrder.LITTLE_ENDIAN, file);
        byte b0 = head.get(0), b1 = head.get(1);
        ByteOrder order;
        if (b0 == 'I' && b1 == 'I') {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (b0 == 'M' && b1 == 'M') {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw new SpatialException(file + ": not a TIFF file (no II/MM byte-order mark)");
        }
        head.order(order);
        int magic = Short.toUnsignedInt(head.getShort(2));
        TiffDirectory d = new TiffDirectory(file, order);
        if (magic == 42) {
            d.readIfd(ch, Integer.toUnsignedLong(head.getInt(4)), false);
        } else if (magic == 43) {
            d.readIfd(ch, head.getLong(8), true);
        } else {
            throw new SpatialException(file + ": not a TIFF file (version " + magic + ", expected 42 or BigTIFF 43)");
        }
        return d;
    }

    public ByteOrder order() {
        return order;
    }

    public boolean has(int tag) {
        return tags.containsKey(tag);
    }

    /** A numeric tag's values as longs (rationals and floats are truncated). */
    public long[] longs(int tag) {
        Object v = tags.get(tag);
        if (v instanceof long[] l) {
            return l;
        }
        if (v instanceof double[] d) {
            long[] l = new long[d.length];
            for (int i = 0; i < d.length; i++) {
                l[i] = (long) d[i];
            }
            return l;
        }
        return null;
    }

    public double[] doubles(int tag) {
        Object v = tags.get(tag);
        if (v instanceof double[] d) {
            return d;
        }
        if (v instanceof long[] l) {
            double[] d = new double[l.length];
            for (int i = 0; i < l.length; i++) {
                d[i] = l[i];
            }
            return d;
        }
        return null;
    }

    public String ascii(int tag) {
        return tags.get(tag) instanceof String s ? s : null;
    }

    /** The first value of a numeric tag, or the default when absent. */
    public long first(int tag, long dflt) {
        long[] l = longs(tag);
        return l == null || l.length == 0 ? dflt : l[0];
    }

    public long required(int tag, String name) {
        long[] l = longs(tag);
        if (l == null || l.length == 0) {
            throw new SpatialException(file + ": TIFF tag " + name + " (" + tag + ") is missing");
        }
        return l[0];
    }

    private void readIfd(FileChannel ch, long offset, boolean big) throws IOException {
        int countSize = big ? 8 : 2, entrySize = big ? 20 : 12;
        ByteBuffer cb = read(ch, offset, countSize, order, file);
        long n = big ? cb.getLong(0) : Short.toUnsignedInt(cb.getShort(0));
        if (n <= 0 || n > 10_000) {
            throw new SpatialException(file + ": TIFF directory at byte " + offset + " has " + n + " entries (corrupt file?)");
        }
        ByteBuffer e = read(ch, offset + countSize, (int) n * entrySize, order, file);
        for (int i = 0; i < n; i++) {
            int p = i * entrySize;
            int tag = Short.toUnsignedInt(e.getShort(p));
            int type = Short.toUnsignedInt(e.getShort(p + 2));
            long count = big ? e.getLong(p + 4) : Integer.toUnsignedLong(e.getInt(p + 4));
            int size = typeSize(type);
            if (size == 0) {
                continue; // unknown type: the TIFF specification says to skip it
            }
            if (count < 0 || count > MAX_VALUES) {
                throw new SpatialException(file + ": TIFF tag " + tag + " has " + count + " values, more than the limit of " + MAX_VALUES);
            }
            long bytes = count * size;
            int inline = big ? 8 : 4;
            ByteBuffer v;
            if (bytes <= inline) {
                v = e.slice(p + (big ? 12 : 8), inline).order(order);
            } else {
                long at = big ? e.getLong(p + 12) : Integer.toUnsignedLong(e.getInt(p + 8));
                v = read(ch, at, (int) bytes, order, file);
            }
            tags.put(tag, values(v, type, (int) count));
        }
    }

    private static int typeSize(int type) {
        return switch (type) {
            case 1, 2, 6, 7 -> 1;
            case 3, 8 -> 2;
            case 4, 9, 11, 13 -> 4;
            case 5, 10, 12, 16, 17, 18 -> 8;
            default -> 0;
        };
    }

    private static Object values(ByteBuffer b, int type, int count) {
        switch (type) {
            case 2: {
                byte[] s = new byte[count];
                b.get(0, s);
                int end = 0;
                while (end < count && s[end] != 0) {
                    end++;
                }
                return new String(s, 0, end, StandardCharsets.US_ASCII);
            }
            case 5, 10, 11, 12: {
                double[] d = new double[count];
                for (int i = 0; i < count; i++) {
                    d[i] = switch (type) {
                        case 5 -> Integer.toUnsignedLong(b.getInt(8 * i)) / (double) Integer.toUnsignedLong(b.getInt(8 * i + 4));
                        case 10 -> b.getInt(8 * i) / (double) b.getInt(8 * i + 4);
                        case 11 -> b.getFloat(4 * i);
                        default -> b.getDouble(8 * i);
                    };
                }
                return d;
            }
            default: {
                long[] l = new long[count];
                for (int i = 0; i < count; i++) {
                    l[i] = switch (type) {
                        case 1, 7 -> Byte.toUnsignedLong(b.get(i));
                        case 6 -> b.get(i);
                        case 3 -> Short.toUnsignedLong(b.getShort(2 * i));
                        case 8 -> b.getShort(2 * i);
                        case 4, 13 -> Integer.toUnsignedLong(b.getInt(4 * i));
                        case 9 -> b.getInt(4 * i);
                        default -> b.getLong(8 * i);
                    };
                }
                return l;
            }
        }
    }

    /** Reads exactly {@code length} bytes at {@code position}; thread-safe (positional read). */
    public static ByteBuffer read(FileChannel ch, long position, int length, ByteOrder order, String file) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(order);
        long p = position;
        while (b.hasRemaining()) {
            int r = ch.read(b, p);
            if (r < 0) {
                throw new SpatialException(file + ": truncated TIFF: " + length + " bytes expected at byte " + position
                        + ", the file has " + ch.size());
            }
            p += r;
        }
        return b.flip();
    }
}
