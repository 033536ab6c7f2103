package org.landcarbon.ui.charts.tests;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.Table;
import org.landcarbon.analysis.result.TextList;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.ui.IStudyEditor;
import org.landcarbon.ui.charts.ChartExport;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.charts.internal.LandUseChartsModel;
import org.landcarbon.ui.charts.internal.LandUseChartsView;
import org.landcarbon.ui.internal.SampleStudies;
import org.landcarbon.ui.tests.UiWait;

/**
 * The land-use structure charts of the Guizhou sample (derived areas of the five area-based sink
 * classes, reported net): every charted number equals the analysis' own result, and the diversity
 * and a dynamic degree are recomputed here by hand from the study's areas.
 */
class LandUseChartsViewTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void diversityDynamicDegreesAndGreyRankingOfTheSample() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IProject samples = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleStudies.PROJECT);
        assertTrue(UiWait.until(display, 20_000, () -> samples.getFile("guizhou-2005-2019.landcarbon").exists()), "sample");
        IFile file = samples.getFile("guizhou-2005-2019.landcarbon");
        IStudyEditor editor = (IStudyEditor) IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        LandUseChartsView view = (LandUseChartsView) page.showView(LandUseChartsView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 30_000, () -> view.shown() != null && view.idle()), "land-use charts drawn");
        LandUseChartsModel.Charts charts = view.shown();
        Study study = editor.study();

        // Diversity: one point per year, equal to the analysis' series and to G = 1 - sum a^2 / (sum a)^2 of the areas.
        List<Series> areas = new ArrayList<>();
        for (Series s : study.getSeries()) {
            if (s.getId() != null && s.getId().startsWith("area.") && !s.getValues().isEmpty()) {
                areas.add(s);
            }
        }
        assertEquals(5, areas.size(), "the sample's five derived sink-class areas");
        double[] charted = charts.diversity().series().get(0).values();
        var div = charts.structure().get("diversity", org.landcarbon.analysis.result.Series.class);
        assertArrayEquals(div.values(), charted, 0.0);
        assertEquals(15, charted.length);
        for (int k = 0; k < charted.length; k++) {
            int year = 2005 + k;
            double sum = 0;
            double squares = 0;
            for (Series s : areas) {
                double a = valueOf(s, year);
                sum += a;
                squares += a * a;
            }
            assertEquals(1 - squares / (sum * sum), charted[k], 1e-12, "G " + year);
            assertEquals(Integer.toString(year), charts.diversity().categories()[k]);
        }

        // Dynamic degrees: one bar group per class, one series per period, the seed's Table 4 periods.
        assertEquals(List.of("2005-2012", "2012-2019", "2005-2019"), charts.periods());
        Table single = charts.structure().get("dynamic_degree", Table.class);
        ChartModel dynamic = charts.dynamic();
        assertEquals(3, dynamic.series().size());
        for (int p = 0; p < 3; p++) {
            assertEquals(charts.periods().get(p), dynamic.series().get(p).name());
            for (int i = 0; i < single.rows().size(); i++) {
                assertEquals(single.values()[i][p], dynamic.series().get(p).values()[i], 0.0);
            }
        }
        int forest = single.rows().indexOf("forest");
        Series forestArea = areas.stream().filter(s -> s.getId().equals("area.forest")).findFirst().orElseThrow();
        double a = valueOf(forestArea, 2005);
        double b = valueOf(forestArea, 2019);
        assertEquals((b - a) / a / 14 * 100, dynamic.series().get(2).values()[forest], 1e-9, "forest 2005-2019, K in %/a");
        assertTrue(dynamic.yTitle().contains("%"), dynamic.yTitle());

        // Grey relational ranking: net (reported) against the five areas, bars sorted by the analysis' degrees.
        assertNotNull(charts.gra(), "the sample reports net emission");
        KeyedValues degrees = charts.graResult().get("degrees", KeyedValues.class);
        List<String> ranking = charts.graResult().get("ranking", TextList.class).values();
        double[] bars = charts.gra().series().get(0).values();
        assertEquals(ranking.size(), bars.length);
        for (int k = 0; k < bars.length; k++) {
            assertEquals(degrees.get(ranking.get(k)), bars[k], 0.0, "rank " + (k + 1));
            if (k > 0) {
                assertTrue(bars[k] <= bars[k - 1], "sorted");
            }
            assertTrue(bars[k] > 0 && bars[k] <= 1, "a degree lies in (0, 1]");
        }
        assertTrue(charts.gra().caption().contains("= 0.50"), charts.gra().caption()); // rho, in either language
        assertTrue(charts.gra().caption().contains("initial"), charts.gra().caption());

        var ref = page.getReference(view);
        page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        String[] names = { "chart-landuse-diversity", "chart-landuse-dynamic-degree", "chart-landuse-grey-relational" };
        File dir = new File(System.getProperty("landcarbon.screenshots", "target/screenshots"));
        String suffix = org.eclipse.core.runtime.Platform.getNL().startsWith("zh") ? "-zh" : "";
        for (int t = 0; t < 3; t++) {
            view.select(t);
            UiWait.processEvents(display, 300);
            Screenshots.take(page.getWorkbenchWindow().getShell(), names[t] + suffix);
            Path png = dir.toPath().resolve("export-" + names[t].substring(6) + suffix + ".png");
            Path svg = dir.toPath().resolve("export-" + names[t].substring(6) + suffix + ".svg");
            ChartExport.png(view.selectedModel(), png, 1600, 900, 144);
            ChartExport.svg(view.selectedModel(), svg, 900, 560);
            assertTrue(Files.size(png) > 10_000, png.toString());
            assertTrue(Files.readString(svg).contains(view.selectedModel().series().get(0).name()), "SVG has the legend");
        }
        page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
    }

    private static double valueOf(Series s, int year) {
        for (YearValue v : s.getValues()) {
            if (v.getYear() == year) {
                return v.getValue();
            }
        }
        throw new AssertionError(s.getId() + " has no " + year);
    }
}
