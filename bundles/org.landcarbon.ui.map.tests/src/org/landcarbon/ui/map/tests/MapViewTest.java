package org.landcarbon.ui.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.samples.RegionSample;
import org.landcarbon.model.samples.SampleStudies;
import org.landcarbon.ui.map.MapExport;
import org.landcarbon.ui.map.MapFigure;
import org.landcarbon.ui.map.MapModel;
import org.landcarbon.ui.map.internal.MapView;
import org.osgi.framework.FrameworkUtil;

/** The Map view on the synthetic region sample with three hand-made squares as boundaries, in the real workbench. */
class MapViewTest {

    @TempDir
    Path dir;

    private static String square(String code, int x) {
        double x0 = 106 + x * 0.5;
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x0
                + ",26],[" + (x0 + 0.5) + ",26],[" + (x0 + 0.5) + ",26.5],[" + x0 + ",26.5],[" + x0 + ",26]]]}}";
    }

    @Test
    void choroplethOfForestAreaWithLegendAndExports() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Map");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile(RegionSample.FILE);
        try (InputStream in = FrameworkUtil.getBundle(SampleStudies.class).getEntry("samples/" + RegionSample.FILE).openStream()) {
            Files.copy(in, file.getLocation().toFile().toPath());
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        // three squares for the sample's subregions and one (XX99) the study does not have
        Path geo = Files.writeString(dir.resolve("synthetic.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[" + square("SYN01", 0)
                + "," + square("SYN02", 1) + "," + square("SYN03", 2) + "," + square("XX99", 3) + "]}");

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        MapView view = (MapView) page.showView(MapView.ID);
        view.showBoundaries(geo, "code");
        view.show(MapFigure.AREA, "forest", 2009);
        MapModel map = view.model();
        assertNotNull(map, "a map is drawn");
        Map<String, MapModel.Entry> by = map.regions().stream().collect(Collectors.toMap(MapModel.Entry::code, Function.identity()));
        // the sample's forest 2009: 790.73 x 10^4 hm2 split 40 % / 35 % / rest, rounded to the province's decimals
        assertEquals(316.29, by.get("SYN01").value(), 1e-9);
        assertEquals(276.76, by.get("SYN02").value(), 1e-9);
        assertEquals(197.68, by.get("SYN03").value(), 1e-9);
        assertNull(by.get("XX99").value());
        assertEquals("no region XX99 in the study", by.get("XX99").reason());
        // three distinct values: three quantile classes, the largest area in the darkest
        assertEquals(2, map.classOf(316.29));
        assertEquals(0, map.classOf(197.68));
        assertEquals("Area of a class: forest, 2009 (10^4 hm2)", map.title());

        page.getWorkbenchWindow().getShell().setSize(1400, 900);
        Path shot = screenshot(page.getWorkbenchWindow().getShell(), "map-view-forest-2009");
        assertTrue(Files.size(shot) > 0);

        Path png = dir.resolve("map.png");
        MapExport.png(map, png, 1200, 800, 96);
        ImageData data = new ImageLoader().load(png.toString())[0];
        assertEquals(1200, data.width);
        int dark = 0;
        int grey = 0;
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                var rgb = data.palette.getRGB(data.getPixel(x, y));
                int c = rgb.red << 16 | rgb.green << 8 | rgb.blue;
                dark += c == MapModel.COLOURS[2] ? 1 : 0;
                grey += c == MapModel.NO_VALUE ? 1 : 0;
            }
        }
        assertTrue(dark > 1000 && grey > 1000, "SYN01's class colour and the no-value grey are drawn: " + dark + ", " + grey);
        Files.copy(png, new File(screenshots(), "map-export.png").toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Path svg = dir.resolve("map.svg");
        MapExport.svg(map, svg, 1200, 800);
        String s = Files.readString(svg);
        assertTrue(s.startsWith("<?xml") && s.endsWith("</svg>\n"), s.substring(0, 60));
        assertEquals(4, s.split("<path ", -1).length - 1, "one path per region");
        assertTrue(s.contains("fill=\"#fd8d3c\"") && s.contains("fill=\"#d9d9d9\"") && s.contains(">N</text>") && s.contains(" km</text>")
                && s.contains(">no value</text>"), s);

        // dynamic degree: (U2009 - U2005) / U2005 / 4 x 100 %, the sample's SYN01 forest
        view.show(MapFigure.DYNAMIC_DEGREE, "forest", 2009);
        MapModel k = view.model();
        double u2005 = org.landcarbon.model.study.Regions.whole(org.landcarbon.model.persistence.StudyFiles.load(file.getLocation().toFile().toPath()),
                org.landcarbon.model.study.Regions.find(org.landcarbon.model.persistence.StudyFiles.load(file.getLocation().toFile().toPath()), "SYN01")
                        .orElseThrow())
                .stream().filter(x -> x.getId().equals("area.forest")).findFirst().orElseThrow().getValues().stream().filter(v -> v.getYear() == 2005)
                .findFirst().orElseThrow().getValue();
        assertEquals((316.29 - u2005) / u2005 / 4 * 100, k.regions().get(0).value(), 1e-9);
        // the three rates differ only by the rounding of the shares: the legend shows enough decimals to tell them apart
        String[] limits = org.landcarbon.ui.map.MapPainter.limits(k.breaks());
        for (int j = 1; j < limits.length; j++) {
            assertTrue(!limits[j].equals(limits[j - 1]), String.join(", ", limits));
        }
        assertEquals(List.of("1.10", "12.35"), List.of(org.landcarbon.ui.map.MapPainter.limits(new double[] {1.1, 12.346})));
        screenshot(page.getWorkbenchWindow().getShell(), "map-view-dynamic-degree");
    }

    private static File screenshots() {
        File d = new File(System.getProperty("landcarbon.screenshots", "target/screenshots"));
        d.mkdirs();
        return d;
    }

    private static Path screenshot(Shell shell, String name) {
        Display display = shell.getDisplay();
        long end = System.currentTimeMillis() + 500;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        File f = new File(screenshots(), name + ".png");
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(f.getAbsolutePath(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return f.toPath();
    }
}
