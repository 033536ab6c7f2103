package org.landcarbon.ui.map.internal.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.study.Regions;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.ClassMapping;
import org.landcarbon.spatial.GeoTiffRaster;
import org.landcarbon.spatial.GridGeometry;
import org.landcarbon.spatial.ZonalCalculator;
import org.landcarbon.spatial.ZonalResult;
import org.landcarbon.spatial.ZonalResult.RegionAreas;
import org.landcarbon.ui.testsupport.Screenshots;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.osgi.framework.FrameworkUtil;

/**
 * File > New > Study from Land-Cover Rasters on the shipped synthetic sample (two CLCD rasters, four counties), in
 * the real workbench: the preview against pixel counts made here by point-in-polygon tests, the created study
 * against the zonal engine's areas for the same inputs.
 */
class RasterStudyWizardTest {

    private static final String ACCURACY_SOURCE = "CLCD overall accuracy 79.31 %, Yang & Huang 2021";

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private Path sample(String name) throws Exception {
        Path to = dir.resolve(name);
        try (InputStream in = FrameworkUtil.getBundle(GeoTiffRaster.class).getEntry("samples/" + name).openStream()) {
            Files.copy(in, to);
        }
        return to;
    }

    private record Opened(RasterStudyWizard wizard, WizardDialog dialog) {
    }

    private Opened open(Object selection) {
        RasterStudyWizard wizard = new RasterStudyWizard();
        wizard.init(PlatformUI.getWorkbench(), selection == null ? StructuredSelection.EMPTY : new StructuredSelection(selection));
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(1100, 720);
        // let the new dialog paint before the first screenshot (else the copy may still hold the previous one)
        long end = System.currentTimeMillis() + 1000;
        waitFor(dialog.getShell().getDisplay(), () -> System.currentTimeMillis() > end, 5000);
        return new Opened(wizard, dialog);
    }

    private static void waitFor(Display display, BooleanSupplier done, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        assertTrue(done.getAsBoolean(), "in time");
    }

    /** A screenshot once the shell has painted (on a busy machine Xvfb can still show the previous window for a while). */
    private static void shot(Shell shell, String name) {
        long end = System.currentTimeMillis() + 800;
        waitFor(shell.getDisplay(), () -> System.currentTimeMillis() > end, 5000);
        Screenshots.take(shell, name);
    }

    /**
     * The first row of the shell's visible table has a text cell as wide as its text: on GTK a stale
     * allocation leaves the cell 1 px wide and the rows paint as empty grey bands (issue 12).
     */
    private static void assertRowsAllocated(Shell shell, Class<? extends Composite> type) {
        Composite c = visible(shell, type);
        assertNotNull(c, "a visible " + type.getSimpleName());
        TableItem item = ((Table) c).getItem(0);
        int width = item.getBounds().width;
        GC gc = new GC(c);
        int text;
        try {
            text = gc.textExtent(item.getText()).x;
        } finally {
            gc.dispose();
        }
        assertTrue(width >= 0.9 * text, "the cell of '" + item.getText() + "' is " + width + " px wide, its text " + text + " px");
    }

    private static Composite visible(Composite root, Class<? extends Composite> type) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && child.isVisible()) {
                return (Composite) child;
            }
            if (child instanceof Composite k && child.isVisible()) {
                Composite found = visible(k, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Pixels of the raster whose centre lies in one of the polygons and whose code is {@code code}, counted one by one. */
    private static long count(Path raster, Boundaries b, int code) {
        try (GeoTiffRaster r = GeoTiffRaster.open(raster)) {
            GridGeometry g = r.grid();
            int[] px = new int[g.width() * g.height()];
            r.readWindow(0, g.height(), 0, g.width(), px);
            GeometryFactory f = new GeometryFactory();
            long n = 0;
            for (int row = 0; row < g.height(); row++) {
                for (int col = 0; col < g.width(); col++) {
                    if (px[row * g.width() + col] != code) {
                        continue;
                    }
                    var p = f.createPoint(new Coordinate(g.x0() + (col + 0.5) * g.dx(), g.y0() - (row + 0.5) * g.dy()));
                    for (org.landcarbon.spatial.Region region : b.regions()) {
                        if (region.geometry().contains(p)) {
                            n++;
                            break;
                        }
                    }
                }
            }
            return n;
        }
    }

    @Test
    void previewThenCreateAStudyWithTheZonalAreasOfTheSample() throws Exception {
        Path r2000 = sample("landcover-2000.tif"), r2020 = sample("landcover-2020.tif"), geo = sample("counties.geojson");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Rasters");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Opened o = open(project);
        Shell shell = o.dialog().getShell();
        RasterStudyWizard wizard = o.wizard();
        PreviewPage preview = wizard.previewPage();
        try {
            InputPage input = wizard.inputPage();
            input.fill(List.of(r2000, r2020), geo, "code", "name", "seed", null, "km2");
            assertTrue(List.of(input.idFields()).containsAll(List.of("code", "name")), "fields read from the file");
            RasterInputs in = input.inputs();
            assertNotNull(in, input.getErrorMessage());
            assertEquals(List.of(2000, 2020), in.years(), "years from the file names");
            assertEquals("clcd", in.classSystem(), "seed maps CLCD onto the six CNLUCC classes");
            assertFalse(wizard.canFinish(), "nothing before the preview");
            shot(shell, "raster-wizard-1-inputs");

            o.dialog().showPage(preview);
            waitFor(shell.getDisplay(), preview::done, 60_000);
            assertNotNull(preview.preview(), String.join("\n", preview.lines()));
            Boundaries b = preview.preview().boundaries();
            String[][] rows = preview.rows();
            assertEquals(2, rows.length);
            assertEquals(Long.toString(count(r2000, b, 0)), rows[0][7], "nodata pixels of 2000 inside the counties");
            assertTrue(count(r2000, b, 0) > 0, "the sample's cloud gap lies in a county");
            assertEquals(Long.toString(count(r2020, b, 0)), rows[1][7]);
            assertEquals("none", rows[0][8], "no unmapped codes");
            assertEquals("none", rows[1][8]);
            assertEquals("EPSG:4326", rows[0][2]);
            assertEquals("400 x 300", rows[0][3]);
            // counties B and C cross the raster's east edge: partial, refused until allowed
            assertFalse(wizard.canFinish());
            assertTrue(preview.getErrorMessage().contains("partial"), preview.getErrorMessage());
            assertTrue(String.join("\n", preview.lines()).contains("4 regions found"), String.join("\n", preview.lines()));
            shot(shell, "raster-wizard-2-preview-partial");
            preview.allowPartial(true);
            assertNull(preview.getErrorMessage(), preview.getErrorMessage());
            assertTrue(preview.isPageComplete());
            shot(shell, "raster-wizard-2-preview");
            assertRowsAllocated(shell, Table.class);

            o.dialog().showPage(wizard.filePage());
            wizard.filePage().fill("sample-rasters.landcarbon", "Synthetic counties", "Synthetic prefecture");
            assertTrue(wizard.canFinish(), String.valueOf(wizard.filePage().getErrorMessage()));
            // an accuracy needs its source and lies between 0 and 100
            wizard.filePage().fillAccuracy("95", " ");
            assertFalse(wizard.canFinish());
            assertEquals(Messages.accuracySourceRequired, wizard.filePage().getErrorMessage());
            wizard.filePage().fillAccuracy("100", ACCURACY_SOURCE);
            assertEquals(Messages.accuracyInvalid, wizard.filePage().getErrorMessage());
            wizard.filePage().fillAccuracy("79.31", ACCURACY_SOURCE);
            assertTrue(wizard.canFinish(), String.valueOf(wizard.filePage().getErrorMessage()));
            shot(shell, "raster-wizard-3-file");
            assertTrue(wizard.performFinish());
        } finally {
            o.dialog().close();
        }
        Study study = StudyFiles.load(wizard.created().getLocation().toPath());
        assertEquals("Synthetic counties", study.getName());
        assertEquals(2000, study.getStartYear());
        assertEquals(2020, study.getEndYear());
        assertEquals("Synthetic prefecture", study.getRegion().getName());
        assertTrue(study.getDataSource().contains("landcover-2000.tif (2000)"), study.getDataSource());
        assertEquals(4, study.getRegion().getSubregions().size(), "one subregion per polygon");

        // what zonal computes for the same inputs (its engine, strict: no unmapped code, an overlap)
        List<GeoTiffRaster> rasters = new ArrayList<>(List.of(GeoTiffRaster.open(r2000), GeoTiffRaster.open(r2020)));
        ZonalResult zonal;
        try {
            Boundaries b = Boundaries.read(geo, "code", "name").reproject(rasters.get(0).grid().crs());
            zonal = new ZonalCalculator(1).compute(rasters, b.regions(), ClassMapping.builtIn("seed"), false);
        } finally {
            rasters.forEach(GeoTiffRaster::close);
        }
        int checked = 0;
        for (RegionAreas ra : zonal.regions()) {
            Region region = Regions.find(study, ra.region().id()).orElseThrow();
            assertEquals(ra.region().name(), region.getNameZh(), "the name field");
            for (int k = 0; k < 2; k++) {
                int year = k == 0 ? 2000 : 2020;
                for (String c : zonal.classes()) {
                    Series s = region.getSeries().stream().filter(x -> x.getId().equals("area." + c)).findFirst().orElseThrow();
                    assertEquals("km2", s.getUnit());
                    assertEquals(20.69, s.getUncertainty().getPercent(), 0, "+-(100 - 79.31) %");
                    assertEquals(ACCURACY_SOURCE, s.getUncertainty().getSource());
                    YearValue v = s.getValues().stream().filter(x -> x.getYear() == year).findFirst().orElseThrow();
                    double km2 = ra.areas().get(k).get(c) / 1e6;
                    assertEquals(km2, v.getValue(), 1e-9 * Math.max(1, km2), ra.region().id() + " " + c + " " + year);
                    assertEquals(org.landcarbon.model.ProvenanceKind.IMPORTED, v.getProvenance());
                    assertTrue(v.getProvenanceDetail().startsWith(year == 2000 ? "landcover-2000.tif" : "landcover-2020.tif"), v.getProvenanceDetail());
                    checked++;
                }
            }
        }
        assertEquals(4 * 2 * 6, checked);
        // the whole is the sum of its subregions
        Series whole = Regions.whole(study).stream().filter(s -> s.getId().equals("area.forest")).findFirst().orElseThrow();
        double sum = zonal.regions().stream().mapToDouble(r -> r.areas().get(0).get("forest")).sum() / 1e6;
        assertEquals(sum, whole.getValues().stream().filter(x -> x.getYear() == 2000).findFirst().orElseThrow().getValue(), 1e-9 * sum);
        assertEquals(20.69, whole.getUncertainty().getPercent(), 0, "the range every county shares is the whole's");
        assertTrue(page.getActiveEditor() instanceof org.landcarbon.ui.IStudyEditor, "the new study opens in its editor");
        shot(page.getWorkbenchWindow().getShell(), "raster-wizard-4-created-study");
    }

    @Test
    void aCodeMissingFromTheMappingIsListedWithItsPixelCountAndBlocksFinish() throws Exception {
        Path r2000 = sample("landcover-2000.tif"), geo = sample("counties.geojson");
        // the seed mapping without code 8 (impervious -> construction)
        Path csv = Files.writeString(dir.resolve("no-impervious.csv"),
                "code,class\n1,cropland\n2,forest\n3,forest\n4,grassland\n5,water\n9,water\n6,unused\n7,unused\n");
        Opened o = open(null);
        Shell shell = o.dialog().getShell();
        RasterStudyWizard wizard = o.wizard();
        PreviewPage preview = wizard.previewPage();
        try {
            wizard.inputPage().fill(List.of(r2000), geo, "code", null, "csv", csv, "10^4 hm2");
            assertNotNull(wizard.inputs(), wizard.inputPage().getErrorMessage());
            o.dialog().showPage(preview);
            waitFor(shell.getDisplay(), preview::done, 60_000);
            long impervious = count(r2000, Boundaries.read(geo, "code", null), 8);
            assertTrue(impervious > 0, "the sample's town lies in a county");
            String lines = String.join("\n", preview.lines());
            assertTrue(lines.contains("codes not in the mapping 'no-impervious.csv': 8 (" + impervious + " px)"), lines);
            assertEquals("8 (" + impervious + " px)", preview.rows()[0][8]);
            assertTrue(preview.getErrorMessage().contains("Codes missing from the mapping"), preview.getErrorMessage());
            preview.allowPartial(true);
            assertFalse(preview.isPageComplete(), "allowing partial regions does not allow unmapped codes");
            assertNull(preview.plan());
            assertFalse(wizard.canFinish());
            assertFalse(wizard.performFinish(), "nothing is created");
            shot(shell, "raster-wizard-unmapped-code");
        } finally {
            o.dialog().close();
        }
        assertNull(wizard.created());
    }

    @Test
    void anUnreadableTiffAndAnInvalidPolygonAreNamedOnThePage() throws Exception {
        Path notTiff = Files.writeString(dir.resolve("landcover-2010.tif"), "not a TIFF");
        Path r2000 = sample("landcover-2000.tif");
        Path bowtie = Files.writeString(dir.resolve("bowtie.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"code\":\"X1\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[106.5,26.6],[106.7,26.8],"
                + "[106.7,26.6],[106.5,26.8],[106.5,26.6]]]}}]}");
        Opened o = open(null);
        Shell shell = o.dialog().getShell();
        RasterStudyWizard wizard = o.wizard();
        try {
            InputPage input = wizard.inputPage();
            input.fill(List.of(notTiff), bowtie, "code", null, "seed", null, "km2");
            assertNull(input.inputs());
            assertTrue(input.getErrorMessage().contains("landcover-2010.tif") && input.getErrorMessage().contains("TIFF"), input.getErrorMessage());
            assertNull(wizard.getNextPage(input), "no preview of an unreadable raster");
            shot(shell, "raster-wizard-unreadable-tiff");

            input.fill(List.of(r2000), bowtie, "code", null, "seed", null, "km2");
            assertNotNull(input.inputs(), input.getErrorMessage());
            o.dialog().showPage(wizard.previewPage());
            waitFor(shell.getDisplay(), wizard.previewPage()::done, 60_000);
            String error = wizard.previewPage().getErrorMessage();
            assertTrue(error.contains("bowtie.geojson") && error.contains("invalid polygon of region 'X1'"), error);
            assertFalse(wizard.canFinish());
            shot(shell, "raster-wizard-invalid-polygon");
        } finally {
            o.dialog().close();
        }
    }
}
