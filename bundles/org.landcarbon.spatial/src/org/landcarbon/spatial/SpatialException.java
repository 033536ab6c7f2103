package org.landcarbon.spatial;

/** Bad spatial input (raster, boundaries, mapping): the message names the file and the problem. */
public class SpatialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SpatialException(String message) {
        super(message);
    }

    public SpatialException(String message, Throwable cause) {
        super(message, cause);
    }
}
