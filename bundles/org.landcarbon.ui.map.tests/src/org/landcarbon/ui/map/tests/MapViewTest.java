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

    /**
     * Issue #15: a constructed 4 x 4 grid of squares whose top-left 2 x 2 block has forest 10, the rest 1. Mean 3.25,
     * z = 6.75 and -2.25. With queen weights Q11 (3 neighbours, all high) is a hot spot: its conditional permutation
     * exceeds it only when all three draws from the 15 others are the 3 high ones, p = 1 / C(15,3) = 1/455; Q12 and
     * Q21 (5 neighbours, 3 high) have p = C(12,2) / C(15,5) = 66/3003 = 0.022; Q22 (8 neighbours, 3 high) has
     * p = C(12,5) / C(15,8) = 0.123, not significant, nor is any low region. With rook weights Q12 has 3 neighbours
     * (2 high), p = (3 x 12 + 1) / 455 = 0.081, and only Q11 (2 neighbours, both high, p = 3/105 = 0.029) remains.
     * The pseudo p values of 999 permutations add 1/1000 and vary by about sqrt(p/999).
     */
    @Test
    void lisaLayerColoursTheHotSpotOfAConstructedGrid() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Lisa");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("grid.landcarbon");
        Path path = file.getLocation().toFile().toPath();
        try (InputStream in = FrameworkUtil.getBundle(SampleStudies.class).getEntry("samples/" + RegionSample.FILE).openStream()) {
            Files.copy(in, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        org.landcarbon.model.Study study = org.landcarbon.model.persistence.StudyFiles.load(path);
        org.landcarbon.model.Region top = study.getRegion();
        top.getSubregions().clear();
        StringBuilder geo = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int row = 1; row <= 4; row++) {
            for (int col = 1; col <= 4; col++) {
                String code = "Q" + row + col;
                org.landcarbon.model.Region r = org.landcarbon.model.study.Regions.addSubregion(top, code, "Square " + code);
                org.landcarbon.model.Series s = org.landcarbon.model.LandCarbonFactory.eINSTANCE.createSeries();
                s.setId("area.forest");
                s.setKind(org.landcarbon.model.SeriesKind.LAND_AREA);
                s.setSubject("forest");
                s.setUnit("10^4 hm2");
                org.landcarbon.model.YearValue v = org.landcarbon.model.LandCarbonFactory.eINSTANCE.createYearValue();
                v.setYear(2009);
                v.setValue(row <= 2 && col <= 2 ? 10 : 1);
                s.getValues().add(v);
                r.getSeries().add(s);
                double x0 = 106 + (col - 1) * 0.5;
                double y0 = 27 - row * 0.5;
                geo.append(row + col > 2 ? "," : "").append("{\"type\":\"Feature\",\"properties\":{\"code\":\"").append(code)
                        .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[").append(x0).append(',').append(y0).append("],[")
                        .append(x0 + 0.5).append(',').append(y0).append("],[").append(x0 + 0.5).append(',').append(y0 + 0.5).append("],[")
                        .append(x0).append(',').append(y0 + 0.5).append("],[").append(x0).append(',').append(y0).append("]]]}}");
            }
        }
        org.landcarbon.model.persistence.StudyFiles.save(study, path);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        Path boundaries = Files.writeString(dir.resolve("grid.geojson"), geo.append("]}"));

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        MapView view = (MapView) page.showView(MapView.ID);
        view.showBoundaries(boundaries, "code");
        view.show(MapFigure.AREA, "forest", 2009);
        view.showLisa(org.landcarbon.spatial.Contiguity.Rule.QUEEN);
        MapModel map = view.model();
        assertNotNull(map.lisa(), "the LISA layer is on");
        assertEquals("Local Moran (LISA) of Area of a class: forest, 2009 (10^4 hm2)", map.title());
        Map<String, String> cluster = map.lisa().cluster();
        assertEquals(16, cluster.size());
        for (Map.Entry<String, String> c : cluster.entrySet()) {
            boolean hot = List.of("Q11", "Q12", "Q21").contains(c.getKey());
            assertEquals(hot ? "HH" : "not significant", c.getValue(), c.getKey());
        }
        Map<String, Double> p = map.lisa().p();
        assertEquals(1.0 / 455 + 0.001, p.get("Q11"), 0.005);
        assertEquals(66.0 / 3003 + 0.001, p.get("Q12"), 0.015);
        assertEquals(66.0 / 3003 + 0.001, p.get("Q21"), 0.015);
        assertEquals(792.0 / 6435 + 0.001, p.get("Q22"), 0.04);
        assertEquals(0xff0000, map.fill(map.regions().stream().filter(e -> e.code().equals("Q11")).findFirst().orElseThrow()));
        assertEquals(0xeeeeee, map.fill(map.regions().stream().filter(e -> e.code().equals("Q44")).findFirst().orElseThrow()));
        assertEquals(List.of("queen contiguity, row weights", "999 permutations, seed 20260101", "pseudo p <= 0.05"), map.lisa().describe());

        page.getWorkbenchWindow().getShell().setSize(1400, 900);
        screenshot(page.getWorkbenchWindow().getShell(), "map-view-lisa-queen");
        Path png = dir.resolve("lisa.png");
        MapExport.png(map, png, 1200, 800, 96);
        ImageData data = new ImageLoader().load(png.toString())[0];
        int red = 0;
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                var rgb = data.palette.getRGB(data.getPixel(x, y));
                red += (rgb.red << 16 | rgb.green << 8 | rgb.blue) == 0xff0000 ? 1 : 0;
            }
        }
        // three of sixteen squares of a frame about 950 x 700 pixels, sampled every second pixel (the legend's box is ~60)
        assertTrue(red > 5000, "the three hot spots are drawn red: " + red);
        Files.copy(png, new File(screenshots(), "map-export-lisa.png").toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path svg = dir.resolve("lisa.svg");
        MapExport.svg(map, svg, 1200, 800);
        String text = Files.readString(svg);
        assertEquals(4, text.split("fill=\"#ff0000\"", -1).length - 1, "three squares and the legend's box: " + text);
        assertTrue(text.contains(">High-High (hot spot) (3)</text>") && text.contains(">Low-Low (cold spot) (0)</text>")
                && text.contains(">Not significant (13)</text>") && text.contains(">queen contiguity, row weights</text>")
                && text.contains(">999 permutations, seed 20260101</text>") && text.contains(">pseudo p &lt;= 0.05</text>"), text);

        view.showLisa(org.landcarbon.spatial.Contiguity.Rule.ROOK);
        Map<String, String> rook = view.model().lisa().cluster();
        assertEquals("HH", rook.get("Q11"));
        assertEquals("not significant", rook.get("Q12"));
        assertEquals("not significant", rook.get("Q21"));
        assertEquals(3.0 / 105 + 0.001, view.model().lisa().p().get("Q11"), 0.015);
        assertEquals(37.0 / 455 + 0.001, view.model().lisa().p().get("Q12"), 0.03);
        screenshot(page.getWorkbenchWindow().getShell(), "map-view-lisa-rook");
        view.showLisa(null);
        assertNull(view.model().lisa());
        page.closeAllEditors(false);
        project.delete(true, null);
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
