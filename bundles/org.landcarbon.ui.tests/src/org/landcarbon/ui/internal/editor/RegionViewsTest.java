package org.landcarbon.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.landcarbon.model.Region;
import org.landcarbon.model.Series;
import org.landcarbon.model.SeriesKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.study.Regions;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.charts.internal.LandUseChartsView;
import org.landcarbon.ui.charts.internal.StructureView;
import org.landcarbon.ui.testsupport.Screenshots;
import org.landcarbon.ui.tests.Explorer;
import org.landcarbon.ui.tests.TestStudies;
import org.landcarbon.ui.tests.UiWait;

/**
 * Issue #12: the chart views and the study editor's grid pages follow the region selected in the Project
 * Explorer, on the region sample (Guizhou and three synthetic subregions); every number is checked against
 * the study file itself.
 */
class RegionViewsTest {

    private static final String SYN01 = "Guizhou \u203a Synthetic subregion A (not a real prefecture)";

    @Test
    void chartViewsAndGridPagesShowTheSelectedSubregion() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.regionSample("RegionViews");
        Study study = StudyFiles.load(file.getLocation().toPath());
        Explorer explorer = Explorer.show(page);
        explorer.tree().setSelection(new StructuredSelection(file), true);
        StudyEditor editor = (StudyEditor) IDE.openEditor(page, file, StudyEditor.ID, true);
        LandUseChartsView landUse = (LandUseChartsView) page.showView(LandUseChartsView.ID);
        StructureView structure = (StructureView) page.showView(StructureView.ID);
        page.activate(editor);
        assertTrue(UiWait.until(display, 60_000, () -> landUse.idle() && structure.idle() && landUse.shown() != null
                && structure.account() != null && structure.account().studyName().equals(study.getName())), "the province's charts");
        assertEquals(null, landUse.region());
        assertEquals("", landUse.getContentDescription());
        double provinceG = diversity(landUse.shown().diversity(), 2009);
        double provinceForest = structure.account().value(2009, "forest").value().value();

        explorer.select(explorer.subregion(file, 0)); // SYN01
        assertTrue(UiWait.until(display, 60_000, () -> SYN01.equals(landUse.region()) && SYN01.equals(structure.region())
                && landUse.idle() && structure.idle() && landUse.shown() != null && structure.account() != null
                && landUse.shown().diversity().title().contains("(SYN01)") && structure.account().studyName().endsWith("(SYN01)")),
                "the charts of SYN01");
        assertEquals(SYN01, landUse.getContentDescription());
        assertEquals(SYN01, structure.getContentDescription());

        // Gibbs-Martin G = 1 - sum x_i^2 / (sum x_i)^2 over SYN01's own 2009 areas, from the file
        Region region = Regions.find(study, "SYN01").orElseThrow();
        double sum = 0;
        double squares = 0;
        for (Series s : region.getSeries()) {
            if (s.getKind() == SeriesKind.LAND_AREA) {
                double x = value(s, 2009);
                sum += x;
                squares += x * x;
            }
        }
        double g = diversity(landUse.shown().diversity(), 2009);
        assertEquals(1 - squares / (sum * sum), g, 1e-12);
        assertTrue(Math.abs(g - provinceG) > 1e-4, "SYN01's shares differ from the province's: " + g + " vs " + provinceG);
        // the forest sink is area x rate: SYN01's 316.29 of the province's 790.73 x 10^4 hm2 in 2009
        double forest = structure.account().value(2009, "forest").value().value();
        assertEquals(value(series(region, "area.forest"), 2009) / value(series(study.getSeries(), "area.forest"), 2009),
                forest / provinceForest, 1e-9);
        assertEquals(316.29 / 790.73, forest / provinceForest, 1e-9);
        // a subregion has no reported values, so SYN01's sources (taken from them for the province) are missing
        assertEquals(null, structure.shown());
        assertEquals(SYN01 + " has no year with complete sources and sinks totals in its account yet.", structure.message());
        page.getWorkbenchWindow().getShell().setSize(1400, 900);
        page.activate(structure);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "region-views-structure-of-syn01");
        page.activate(landUse);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "region-views-landuse-of-syn01");

        // the editor's land-use page shows SYN01's own series; an edit lands in SYN01, not in the province
        page.activate(editor);
        editor.showPage(StudyEditor.PAGE_AREAS);
        GridPage areas = editor.activeGrid();
        int forestColumn = StudyEditorTest.columnIndex(areas, "Forest land");
        assertEquals(316.29, StudyEditorTest.value(areas, 2009, forestColumn), 0.0);
        assertEquals(value(series(region, "area.grassland"), 2009), StudyEditorTest.value(areas, 2009,
                StudyEditorTest.columnIndex(areas, "Grassland")), 0.0);
        assertEquals("The series " + SYN01 + " holds itself; a value typed here is stored in " + SYN01 + ".", areas.notice());
        assertTrue(areas.getManagedForm().getForm().getText().endsWith("Land-use areas \u2013 " + SYN01), areas.getManagedForm().getForm().getText());
        Screenshots.take(page.getWorkbenchWindow().getShell(), "region-views-areas-page-of-syn01");
        editor.commandStack().execute(areas.columns().get(forestColumn).set(editor.domain(), 2009, 300.0));
        assertEquals(300.0, value(series(Regions.find(editor.study(), "SYN01").orElseThrow(), "area.forest"), 2009), 0.0);
        assertEquals(790.73, value(series(editor.study().getSeries(), "area.forest"), 2009), 0.0);
        editor.commandStack().undo();
        assertEquals(316.29, StudyEditorTest.value(areas, 2009, forestColumn), 0.0);
        // pages without data for SYN01 say so
        editor.showPage(StudyEditor.PAGE_ACTIVITY);
        assertTrue(editor.activeGrid().notice().startsWith("No activity data for " + SYN01 + ":"), editor.activeGrid().notice());
        editor.showPage(StudyEditor.PAGE_REPORTED);
        assertTrue(editor.activeGrid().notice().startsWith("No reported values for " + SYN01 + ":"), editor.activeGrid().notice());
        assertEquals(0, editor.activeGrid().columns().size());
        Screenshots.take(page.getWorkbenchWindow().getShell(), "region-views-reported-page-of-syn01");

        // the study file selected: the whole again
        explorer.select(file);
        assertTrue(UiWait.until(display, 60_000, () -> landUse.region() == null && landUse.idle() && landUse.shown() != null
                && !landUse.shown().diversity().title().contains("SYN01")), "back to the province");
        assertEquals(provinceG, diversity(landUse.shown().diversity(), 2009), 1e-12);
        editor.showPage(StudyEditor.PAGE_AREAS);
        assertEquals(790.73, StudyEditorTest.value(editor.activeGrid(), 2009, forestColumn), 0.0);
        assertEquals("", editor.activeGrid().notice());
        page.closeAllEditors(false);
        file.getProject().delete(true, null);
    }

    /**
     * The demo county (every component computed from inputs, no reported values) with one constructed subregion
     * D01 holding half of every additive series (areas, activity, energy, yields, GDP, population) and the same
     * energy intensity: every component of the account is linear in these, so D01's net emission and forest sink
     * are half of the county's in every year.
     */
    @Test
    void sourcesAndSinksAndStructureShowTheSelectedSubregion() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        org.eclipse.core.resources.IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject("RegionHalf");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("half-county.landcarbon");
        java.nio.file.Path path = file.getLocation().toFile().toPath();
        try (java.io.InputStream in = org.osgi.framework.FrameworkUtil.getBundle(StudyFiles.class).getEntry("samples/demo-county.landcarbon")
                .openStream()) {
            java.nio.file.Files.copy(in, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Study study = StudyFiles.load(path);
        study.getRegion().setCode("DEMO");
        Region half = Regions.addSubregion(study.getRegion(), "D01", "Half county (constructed)");
        for (Series s : study.getSeries()) {
            Series copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(s);
            if (Regions.isAdditive(s.getKind())) {
                copy.getValues().forEach(v -> v.setValue(v.getValue() / 2));
            }
            half.getSeries().add(copy);
            if (s.getKind() == SeriesKind.LAND_AREA) {
                // a made-up test density (not a literature value): stocks are linear in the areas too
                org.landcarbon.model.CarbonDensity d = org.landcarbon.model.LandCarbonFactory.eINSTANCE.createCarbonDensity();
                d.setLandClass(s.getSubject());
                d.setSoil(100.0);
                d.setSource("test density (made up)");
                study.getCarbonDensities().add(d);
            }
        }
        StudyFiles.save(study, path);
        project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);

        Explorer explorer = Explorer.show(page);
        explorer.tree().setSelection(new StructuredSelection(file), true);
        IDE.openEditor(page, file, StudyEditor.ID, true);
        org.landcarbon.ui.charts.internal.SourcesSinksView sources = (org.landcarbon.ui.charts.internal.SourcesSinksView) page
                .showView(org.landcarbon.ui.charts.internal.SourcesSinksView.ID);
        StructureView structure = (StructureView) page.showView(StructureView.ID);
        org.landcarbon.ui.charts.internal.StocksView stocks = (org.landcarbon.ui.charts.internal.StocksView) page
                .showView(org.landcarbon.ui.charts.internal.StocksView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 60_000, () -> stocks.idle() && stocks.shown() != null), "the county's stocks");
        double countyStock = stocks.shown().account().total(2015).value().value();
        assertTrue(countyStock > 0, "county stock " + countyStock);
        assertTrue(UiWait.until(display, 60_000, () -> sources.idle() && structure.idle() && sources.model() != null
                && sources.model().title().endsWith(", " + study.getName()) && structure.shown() != null
                && structure.account().studyName().equals(study.getName())), "the county's charts");
        double[] county = net(sources.model());
        String[] years = sources.model().categories();
        double countyForest = structure.account().value(2015, "forest").value().value();

        explorer.select(explorer.subregion(file, 0)); // D01
        String path01 = "Demo County (synthetic) \u203a Half county (constructed)";
        assertTrue(UiWait.until(display, 60_000, () -> path01.equals(sources.region()) && path01.equals(structure.region()) && sources.idle()
                && structure.idle() && sources.model() != null && structure.shown() != null
                && structure.account().studyName().endsWith("(D01)") && sources.model().title().endsWith("(D01)")),
                "the charts of D01");
        assertEquals(path01, sources.getContentDescription());
        double[] part = net(sources.model());
        assertEquals(List.of(years), List.of(sources.model().categories()));
        int present = 0;
        for (int i = 0; i < county.length; i++) {
            if (!Double.isNaN(county[i])) {
                assertEquals(county[i] / 2, part[i], 1e-9 * Math.abs(county[i]), "net emission " + years[i]);
                present++;
            }
        }
        assertTrue(present >= 5, "net emission in " + present + " years");
        assertEquals(countyForest / 2, structure.account().value(2015, "forest").value().value(), 1e-9 * Math.abs(countyForest));
        // the Carbon Stocks view follows too: D01's stock is area x density over its own (half) areas
        assertTrue(UiWait.until(display, 60_000, () -> path01.equals(stocks.region()) && stocks.idle() && stocks.shown() != null),
                "the stocks of D01");
        assertEquals(path01, stocks.getContentDescription());
        assertEquals(countyStock / 2, stocks.shown().account().total(2015).value().value(), 1e-9 * countyStock);
        page.getWorkbenchWindow().getShell().setSize(1400, 900);
        page.activate(sources);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "region-views-sources-sinks-of-d01");
        page.closeAllEditors(false);
        project.delete(true, null);
    }

    private static double[] net(ChartModel chart) {
        return chart.series().stream().filter(s -> s.style() == org.landcarbon.ui.charts.ChartSeries.Style.LINE).findFirst()
                .orElseThrow(() -> new AssertionError("no net emission line")).values();
    }

    private static double diversity(ChartModel chart, int year) {
        int at = Arrays.asList(chart.categories()).indexOf(Integer.toString(year));
        assertTrue(at >= 0, "year " + year + " in " + Arrays.toString(chart.categories()));
        return chart.series().get(0).values()[at];
    }

    private static Series series(Region region, String id) {
        return series(region.getSeries(), id);
    }

    private static Series series(List<Series> in, String id) {
        return in.stream().filter(s -> id.equals(s.getId())).findFirst().orElseThrow(() -> new AssertionError("no series " + id));
    }

    private static double value(Series s, int year) {
        return s.getValues().stream().filter(v -> v.getYear() == year).mapToDouble(YearValue::getValue).findFirst()
                .orElseThrow(() -> new AssertionError(s.getId() + " has no " + year));
    }
}
