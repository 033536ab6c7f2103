package org.landcarbon.ui.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.landcarbon.ui.map.internal.GcPen;
import org.landcarbon.ui.map.internal.SvgPen;

/** Writes a map as PNG (drawn by SWT, as on screen) or SVG (the same drawing as vectors), through a temporary file. */
public final class MapExport {

    private MapExport() {
    }

    /** UI thread only; text scaled by dpi / 96. */
    public static void png(MapModel map, Path file, int width, int height, int dpi) throws IOException {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("PNG export draws with SWT and must run on the UI thread");
        }
        Image image = new Image(display, width, height);
        try {
            GC gc = new GC(image);
            try (GcPen pen = new GcPen(gc, display)) {
                MapPainter.paint(map, pen, width, height, Math.max(0.5, dpi / 96.0));
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".map", ".png");
            try {
                loader.save(tmp.toString(), SWT.IMAGE_PNG);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } finally {
            image.dispose();
        }
    }

    public static void svg(MapModel map, Path file, int width, int height) throws IOException {
        SvgPen pen = new SvgPen(width, height);
        MapPainter.paint(map, pen, width, height, 1);
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".map", ".svg");
        try {
            Files.writeString(tmp, pen.document(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
