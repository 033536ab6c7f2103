package org.landcarbon.spatial;

/**
 * A north-up raster grid: pixel (col, row) covers x in [x0 + col*dx, x0 + (col+1)*dx) and
 * y in (y0 - (row+1)*dy, y0 - row*dy], in the units of its CRS (degrees or metres).
 */
public record GridGeometry(int width, int height, double x0, double y0, double dx, double dy, Crs crs) {

    /** The area of one pixel of this row in m2: on the WGS84 ellipsoid for geographic grids, dx*dy for projected ones. */
    public double pixelArea(int row) {
        if (crs.geographic()) {
            return EllipsoidArea.cellArea(y0 - row * dy, y0 - (row + 1) * dy, dx);
        }
        return dx * dy;
    }

    /** The same pixels: size, origin and cell size within a millionth of a cell, and the same CRS. */
    public boolean sameGrid(GridGeometry o) {
        double tx = Math.abs(dx) * 1e-6, ty = Math.abs(dy) * 1e-6;
        return width == o.width && height == o.height && Math.abs(x0 - o.x0) <= tx && Math.abs(y0 - o.y0) <= ty
                && Math.abs(dx - o.dx) <= tx && Math.abs(dy - o.dy) <= ty && crs.sameAs(o.crs);
    }

    /** Pixel-space column of a map x. */
    public double col(double x) {
        return (x - x0) / dx;
    }

    /** Pixel-space row of a map y. */
    public double row(double y) {
        return (y0 - y) / dy;
    }

    public String describe() {
        return width + " x " + height + " px, origin (" + x0 + ", " + y0 + "), cell " + dx + " x " + dy + ", " + crs;
    }
}
