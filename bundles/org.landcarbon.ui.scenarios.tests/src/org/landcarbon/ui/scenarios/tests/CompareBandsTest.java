package org.landcarbon.ui.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.ui.scenarios.ScenarioComparisonInput;
import org.landcarbon.ui.scenarios.internal.CompareScenariosEditor;
import org.landcarbon.ui.scenarios.internal.ComparisonExport;
import org.landcarbon.ui.scenarios.internal.NetBands;

/**
 * The 95 % band of each scenario's net emission path in the compare editor: the Guizhou sample with a +-20 % (sd)
 * forest area, so each path (whose projected forest area follows its growth rule from the drawn history) has a band
 * around it; it can be switched off and on, and it goes into the exported SVG.
 */
class CompareBandsTest {

    private IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void eachPathHasABandThatBracketsItAndIsExported(@TempDir Path dir) throws Exception {
        IFile file = sampleWithForestRange("compare-bands");
        Study study = StudyFiles.load(file.getLocation().toPath());
        List<ScenarioComparisonInput.Entry> entries = study.getScenarios().stream()
                .map(s -> new ScenarioComparisonInput.Entry(file, s.getName())).toList();
        CompareScenariosEditor editor = (CompareScenariosEditor) page().openEditor(new ScenarioComparisonInput(entries, null),
                CompareScenariosEditor.ID);
        Display display = editor.getSite().getShell().getDisplay();
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        java.util.function.BooleanSupplier ready = () -> editor.session().bands().size() == 3 && !editor.session().bandsBusy();
        assertTrue(CompareScenariosEditorTest.until(display, 300_000, ready), "bands computed: " + editor.statusText());
        // The workspace may announce the file written above late; the comparison is then rebuilt and its bands again.
        CompareScenariosEditorTest.until(display, 3_000, () -> false);
        assertTrue(CompareScenariosEditorTest.until(display, 300_000, ready), "bands computed: " + editor.statusText());
        assertNull(editor.session().error(), editor.statusText());
        Comparison c = editor.session().comparison();
        Chart chart = editor.netChart();
        for (int i = 0; i < 3; i++) {
            ScenarioResult r = c.results().get(i);
            NetBands.Band band = editor.session().bands().get(r.label());
            ISeries<?> low = chart.getSeriesSet().getSeries("band-low" + i);
            ISeries<?> high = chart.getSeriesSet().getSeries("band-high" + i);
            assertNotNull(low, "lower edge of " + r.label());
            assertNotNull(high, "upper edge of " + r.label());
            double[] years = band.years();
            int wide = 0;
            for (int j = 0; j < years.length; j++) {
                double net = r.account().net().value((int) years[j]);
                double tol = 1e-9 * Math.max(1, Math.abs(net));
                assertTrue(band.low()[j] <= net + tol && net - tol <= band.high()[j],
                        r.label() + " " + (int) years[j] + ": " + band.low()[j] + " <= " + net + " <= " + band.high()[j]);
                assertEquals(band.low()[j], low.getYSeries()[j], 0, "the chart draws the band");
                assertEquals(band.high()[j], high.getYSeries()[j], 0);
                wide += band.high()[j] - band.low()[j] > 1e-6 * Math.abs(net) ? 1 : 0;
            }
            assertEquals(years.length, wide, r.label() + ": the forest area is uncertain in every year, history and projection");
        }
        assertTrue(chart.getSeriesSet().getSeries("band-low0").isVisibleInLegend());

        assertTrue(ready.getAsBoolean());
        assertTrue(CompareScenariosEditorTest.screenshot(editor.getSite().getShell(), "compare-scenarios-bands").length() > 20_000);

        ComparisonExport.write(editor.session(), dir);
        String svg = Files.readString(dir.resolve("net-emission.svg"), StandardCharsets.UTF_8);
        assertEquals(6, svg.split("class=\"band\"").length - 1, "two edges per scenario");
        assertTrue(svg.contains("95 % band of net emission (Monte Carlo, 10000 draws, seed 1)"), "the legend says what the band is");

        editor.session().setBandsOn(false);
        assertNull(chart.getSeriesSet().getSeries("band-low0"), "switched off");
        ComparisonExport.write(editor.session(), dir);
        assertEquals(0, Files.readString(dir.resolve("net-emission.svg"), StandardCharsets.UTF_8).split("class=\"band\"").length - 1);
        editor.session().setBandsOn(true);
        assertNotNull(chart.getSeriesSet().getSeries("band-low0"), "back on, from the bands already computed");
    }

    @Test
    void withoutARangeThereIsNoBandAndTheStatusSaysWhy() throws Exception {
        IFile file = sample("compare-no-bands", false);
        Study study = StudyFiles.load(file.getLocation().toPath());
        List<ScenarioComparisonInput.Entry> entries = List.of(new ScenarioComparisonInput.Entry(file, study.getScenarios().get(0).getName()),
                new ScenarioComparisonInput.Entry(file, study.getScenarios().get(1).getName()));
        CompareScenariosEditor editor = (CompareScenariosEditor) page().openEditor(new ScenarioComparisonInput(entries, null),
                CompareScenariosEditor.ID);
        Display display = editor.getSite().getShell().getDisplay();
        assertTrue(CompareScenariosEditorTest.until(display, 120_000,
                () -> editor.session().comparison() != null && !editor.session().bandsBusy() && editor.statusText().contains("No 95 % band")),
                editor.statusText());
        assertTrue(editor.session().bands().isEmpty());
        assertNull(editor.netChart().getSeriesSet().getSeries("band-low0"));
    }

    private static IFile sampleWithForestRange(String projectName) throws Exception {
        return sample(projectName, true);
    }

    private static IFile sample(String projectName, boolean forestRange) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("guizhou-2005-2019.landcarbon");
        URL url = Platform.getBundle("org.landcarbon.model").getEntry("samples/guizhou-2005-2019.landcarbon");
        Path tmp = Files.createTempFile("guizhou", ".landcarbon");
        try (InputStream in = url.openStream()) {
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Study study = StudyFiles.load(tmp);
        if (forestRange) {
            Uncertainty u = LandCarbonFactory.eINSTANCE.createUncertainty();
            u.setDistribution("normal");
            u.setSd(20);
            u.setSource("test range, made up");
            study.getSeries().stream().filter(s -> "area.forest".equals(s.getId())).findFirst().orElseThrow().setUncertainty(u);
        }
        StudyFiles.save(study, file.getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }
}
