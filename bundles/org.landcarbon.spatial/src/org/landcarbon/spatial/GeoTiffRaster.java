package org.landcarbon.spatial;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.landcarbon.spatial.internal.GeoKeys;
import org.landcarbon.spatial.internal.TiffDirectory;

import mil.nga.tiff.compression.CompressionDecoder;
import mil.nga.tiff.compression.DeflateCompression;
import mil.nga.tiff.compression.LZWCompression;
import mil.nga.tiff.compression.PackbitsCompression;
import mil.nga.tiff.compression.RawCompression;

/**
 * A single-band unsigned 8- or 16-bit GeoTIFF land-cover raster, read block by block (strips or
 * tiles) with positional reads, so any raster size fits in a bounded heap. Blocks are decoded with
 * mil.nga:tiff's decoders (LZW, Deflate, PackBits, none). Thread-safe: blocks may be read in parallel.
 */
public final class GeoTiffRaster implements AutoCloseable {

    /** A decoded block (strip or tile) larger than this is refused: it would be held in memory whole. */
    public static final long MAX_BLOCK_BYTES = 64L << 20;
    /** Rasters larger than this many pixels are refused (2^40, about 1.1 * 10^12; national CLCD is about 10^10). */
    public static final long MAX_PIXELS = 1L << 40;

    private final Path path;
    private final String name;
    private final FileChannel channel;
    private final ByteOrder order;
    private final int width, height, bits, compression, predictor;
    private final boolean tiled;
    private final int blockWidth, blockHeight, blocksAcross, blocksDown;
    private final long[] offsets, byteCounts;
    private final Integer nodata;
    private final GridGeometry grid;

    private GeoTiffRaster(Path path, FileChannel ch) throws IOException {
        this.path = path;
        this.name = path.toString();
        this.channel = ch;
        TiffDirectory d = TiffDirectory.read(ch, name);
        order = d.order();
        long w = d.required(256, "ImageWidth"), h = d.required(257, "ImageLength");
        long spp = d.first(277, 1);
        bits = (int) d.first(258, 1);
        long format = d.first(339, 1);
        if (spp != 1) {
            throw new SpatialException(name + ": " + spp + " samples per pixel; a land-cover raster has one band");
        }
        if ((bits != 8 && bits != 16) || format != 1) {
            throw new SpatialException(name + ": " + bits + "-bit samples of format " + format
                    + "; land-cover classes must be unsigned 8- or 16-bit integers (SampleFormat 1)");
        }
        if (w <= 0 || h <= 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE || w * h > MAX_PIXELS) {
            throw new SpatialException(name + ": " + w + " x " + h + " pixels is outside the limit (each side below 2^31, at most 2^40 pixels)");
        }
        width = (int) w;
        height = (int) h;
        compression = (int) d.first(259, 1);
        if (compression != 1 && compression != 5 && compression != 8 && compression != 32946 && compression != 32773) {
            throw new SpatialException(name + ": TIFF compression " + compression + " is not supported (none, LZW, Deflate, PackBits are)");
        }
        predictor = (int) d.first(317, 1);
        if (predictor != 1 && predictor != 2) {
            throw new SpatialException(name + ": TIFF predictor " + predictor + " is not supported for integer classes (1 none, 2 horizontal are)");
        }
        tiled = d.has(322);
        if (tiled) {
            blockWidth = (int) d.required(322, "TileWidth");
            blockHeight = (int) d.required(323, "TileLength");
            offsets = d.longs(324);
            byteCounts = d.longs(325);
        } else {
            blockWidth = width;
            blockHeight = (int) Math.min(d.first(278, height), height);
            offsets = d.longs(273);
            byteCounts = d.longs(279);
        }
        if (blockWidth <= 0 || blockHeight <= 0) {
            throw new SpatialException(name + ": block size " + blockWidth + " x " + blockHeight + " is invalid");
        }
        long blockBytes = (long) blockWidth * blockHeight * (bits / 8);
        if (blockBytes > MAX_BLOCK_BYTES) {
            throw new SpatialException(name + ": one " + (tiled ? "tile" : "strip") + " holds " + blockBytes + " bytes, more than the limit of "
                    + MAX_BLOCK_BYTES + "; rewrite it tiled, e.g. gdal_translate -co TILED=YES -co COMPRESS=DEFLATE");
        }
        blocksAcross = (int) ((width + (long) blockWidth - 1) / blockWidth);
        blocksDown = (int) ((height + (long) blockHeight - 1) / blockHeight);
        long blocks = (long) blocksAcross * blocksDown;
        if (offsets == null || byteCounts == null || offsets.length < blocks || byteCounts.length < blocks) {
            throw new SpatialException(name + ": the " + (tiled ? "tile" : "strip") + " offsets or byte counts are missing or fewer than the "
                    + blocks + " blocks of the image");
        }
        String nd = d.ascii(42113);
        nodata = parseNodata(nd);
        grid = georeference(d);
    }

    /** Opens a GeoTIFF and reads its header, georeferencing and CRS; no pixels are read yet. */
    public static GeoTiffRaster open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new SpatialException(path + ": no such raster file");
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ);
            return new GeoTiffRaster(path, ch);
        } catch (IOException e) {
            close(ch);
            throw new SpatialException(path + ": unreadable TIFF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(ch);
            throw e instanceof SpatialException ? e : new SpatialException(path + ": unreadable TIFF: " + e, e);
        }
    }

    private Integer parseNodata(String nd) {
        if (nd == null || nd.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(nd.strip());
            long max = (1L << bits) - 1;
            if (v != Math.rint(v) || v < 0 || v > max) {
                return null; // a nodata value no pixel can hold marks nothing
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new SpatialException(name + ": GDAL_NODATA tag '" + nd + "' is not a number");
        }
    }

    private GridGeometry georeference(TiffDirectory d) {
        GeoKeys keys = GeoKeys.parse(d.longs(34735), d.doubles(34736), d.ascii(34737), name);
        Crs crs = keys.crs(name);
        double[] scale = d.doubles(33550), tie = d.doubles(33922), m = d.doubles(34264);
        double x0, y0, dx, dy;
        if (scale != null && scale.length >= 2 && tie != null && tie.length >= 6) {
            dx = scale[0];
            dy = scale[1];
            x0 = tie[3] - tie[0] * dx;
            y0 = tie[4] + tie[1] * dy;
        } else if (m != null && m.length >= 8) {
            if (m[1] != 0 || m[4] != 0) {
                throw new SpatialException(name + ": rotated or sheared rasters (ModelTransformation with rotation terms) are not supported");
            }
            dx = m[0];
            dy = -m[5];
            x0 = m[3];
            y0 = m[7];
        } else {
            throw new SpatialException(name + ": no georeferencing (neither ModelPixelScale + ModelTiepoint nor ModelTransformation)");
        }
        if (!(dx > 0) || !(dy > 0)) {
            throw new SpatialException(name + ": cell size " + dx + " x " + dy + "; only north-up rasters with positive cell sizes are supported");
        }
        if (keys.pixelIsPoint()) {
            x0 -= dx / 2;
            y0 += dy / 2;
        }
        return new GridGeometry(width, height, x0, y0, dx, dy, crs);
    }

    public Path path() {
        return path;
    }

    public GridGeometry grid() {
        return grid;
    }

    /** The GDAL_NODATA value, or null when the raster declares none. */
    public Integer nodata() {
        return nodata;
    }

    public int bitsPerSample() {
        return bits;
    }

    public boolean tiled() {
        return tiled;
    }

    public int blockWidth() {
        return blockWidth;
    }

    public int blockHeight() {
        return blockHeight;
    }

    public int compression() {
        return compression;
    }

    /**
     * Fills {@code dest} (row-major, {@code cols} wide) with the window's class codes, reading and
     * decoding each block that overlaps it once.
     */
    public void readWindow(int row0, int rows, int col0, int cols, int[] dest) {
        int br0 = row0 / blockHeight, br1 = (row0 + rows - 1) / blockHeight;
        int bc0 = col0 / blockWidth, bc1 = (col0 + cols - 1) / blockWidth;
        int bps = bits / 8;
        for (int br = br0; br <= br1; br++) {
            for (int bc = bc0; bc <= bc1; bc++) {
                byte[] block = readBlock(br * blocksAcross + bc);
                int rowsInBlock = tiled ? blockHeight : Math.min(blockHeight, height - br * blockHeight);
                int r0 = Math.max(row0, br * blockHeight), r1 = Math.min(row0 + rows, br * blockHeight + rowsInBlock);
                int c0 = Math.max(col0, bc * blockWidth), c1 = Math.min(col0 + cols, bc * blockWidth + blockWidth);
                for (int r = r0; r < r1; r++) {
                    int src = ((r - br * blockHeight) * blockWidth + (c0 - bc * blockWidth)) * bps;
                    int dst = (r - row0) * cols + (c0 - col0);
                    if (bps == 1) {
                        for (int c = c0; c < c1; c++) {
                            dest[dst++] = block[src++] & 0xff;
                        }
                    } else if (order == ByteOrder.LITTLE_ENDIAN) {
                        for (int c = c0; c < c1; c++, src += 2) {
                            dest[dst++] = (block[src] & 0xff) | (block[src + 1] & 0xff) << 8;
                        }
                    } else {
                        for (int c = c0; c < c1; c++, src += 2) {
                            dest[dst++] = (block[src] & 0xff) << 8 | (block[src + 1] & 0xff);
                        }
                    }
                }
            }
        }
    }

    /** One block decoded (and un-predicted): blockWidth x rows samples in file byte order. */
    byte[] readBlock(int index) {
        int br = index / blocksAcross;
        int rows = tiled ? blockHeight : Math.min(blockHeight, height - br * blockHeight);
        int expected = blockWidth * rows * (bits / 8);
        long count = byteCounts[index];
        if (count < 0 || count > MAX_BLOCK_BYTES) {
            throw new SpatialException(name + ": block " + index + " has " + count + " compressed bytes, above the limit of " + MAX_BLOCK_BYTES);
        }
        byte[] out;
        try {
            ByteBuffer raw = TiffDirectory.read(channel, offsets[index], (int) count, order, name);
            out = decoder().decode(raw.array(), order);
        } catch (IOException e) {
            throw new SpatialException(name + ": unreadable TIFF: block " + index + ": " + e.getMessage(), e);
        } catch (SpatialException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SpatialException(name + ": unreadable TIFF: block " + index + " does not decode (" + e.getMessage() + ")", e);
        }
        if (out.length < expected) {
            throw new SpatialException(name + ": unreadable TIFF: block " + index + " decodes to " + out.length + " bytes, "
                    + expected + " expected");
        }
        if (predictor == 2) {
            undoHorizontalPredictor(out, rows);
        }
        return out;
    }

    private CompressionDecoder decoder() {
        // New instances: the LZW decoder keeps its table in fields, so it must not be shared between threads.
        return switch (compression) {
            case 5 -> new LZWCompression();
            case 8, 32946 -> new DeflateCompression();
            case 32773 -> new PackbitsCompression();
            default -> new RawCompression();
        };
    }

    private void undoHorizontalPredictor(byte[] b, int rows) {
        for (int r = 0; r < rows; r++) {
            int start = r * blockWidth * (bits / 8);
            if (bits == 8) {
                for (int i = 1; i < blockWidth; i++) {
                    b[start + i] += b[start + i - 1];
                }
            } else {
                boolean le = order == ByteOrder.LITTLE_ENDIAN;
                int prev = sample16(b, start, le);
                for (int i = 1; i < blockWidth; i++) {
                    int p = start + 2 * i;
                    int v = (sample16(b, p, le) + prev) & 0xffff;
                    b[p + (le ? 0 : 1)] = (byte) v;
                    b[p + (le ? 1 : 0)] = (byte) (v >> 8);
                    prev = v;
                }
            }
        }
    }

    private static int sample16(byte[] b, int p, boolean le) {
        return le ? (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 : (b[p] & 0xff) << 8 | (b[p + 1] & 0xff);
    }

    @Override
    public void close() {
        close(channel);
    }

    private static void close(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // nothing was written: closing a read-only channel cannot lose data
            }
        }
    }
}
