package org.landcarbon.ui.charts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Study;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.model.samples.SampleStudies;
import org.landcarbon.ui.charts.ChartExport;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.charts.ChartSeries;
import org.landcarbon.ui.charts.internal.ForecastView;
import org.landcarbon.ui.charts.internal.SensitivityView;
import org.landcarbon.ui.charts.internal.SourcesSinksView;
import org.landcarbon.ui.internal.account.AccountView;
import org.landcarbon.ui.testsupport.Screenshots;
import org.landcarbon.ui.tests.UiWait;

/**
 * The demo county (synthetic) with a made-up +-30 % range on the forest sink: the 95 % band in the sources/sinks
 * and forecast charts, the uncertainty column of the account view, and the sensitivity view with its export.
 */
class UncertaintyViewsTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private static IFile study() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Uncertainty");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Study study = SampleStudies.demoCounty();
        Uncertainty u = LandCarbonFactory.eINSTANCE.createUncertainty();
        u.setDistribution("interval95pct");
        u.setPercent(30);
        u.setSource("test range, made up");
        study.getCoefficientSets().stream().flatMap(s -> s.getEntries().stream()).filter(c -> "sink.forest".equals(c.getKey())).findFirst()
                .orElseThrow().setUncertainty(u);
        IFile file = project.getFile("demo-uncertain.landcarbon");
        StudyFiles.save(study, file.getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }

    private static ChartSeries band(ChartModel m, int which) {
        return m.series().stream().filter(s -> s.style() == ChartSeries.Style.BAND).skip(which).findFirst().orElseThrow();
    }

    @Test
    void bandsColumnAndSensitivity() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IDE.openEditor(page, study(), "org.landcarbon.ui.editors.study", true);

        SourcesSinksView chart = (SourcesSinksView) page.showView(SourcesSinksView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 60_000, () -> chart.idle() && chart.model() != null
                && chart.model().series().stream().anyMatch(s -> s.style() == ChartSeries.Style.BAND)), "band drawn");
        ChartModel m = chart.model();
        ChartSeries net = m.series().stream().filter(s -> s.style() == ChartSeries.Style.LINE).findFirst().orElseThrow();
        int last = m.categories().length - 1;
        assertTrue(band(m, 0).values()[last] < net.values()[last] && net.values()[last] < band(m, 1).values()[last],
                band(m, 0).values()[last] + " < " + net.values()[last] + " < " + band(m, 1).values()[last]);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "chart-sources-sinks-band");

        AccountView account = (AccountView) page.showView(AccountView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 60_000, () -> account.account() != null && account.idle()
                && !account.cellText(account.account().years().get(0), AccountView.NET_UNCERTAINTY).equals("\u2013")), "uncertainty column");
        int year = account.account().years().get(0);
        assertTrue(account.cellText(year, AccountView.NET_UNCERTAINTY).matches("\u00b1\\d+\\.\\d %"),
                account.cellText(year, AccountView.NET_UNCERTAINTY));

        SensitivityView sensitivity = (SensitivityView) page.showView(SensitivityView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 60_000, () -> sensitivity.idle() && sensitivity.shown() != null), "sensitivity drawn");
        ChartModel tornado = sensitivity.shown().tornado();
        assertEquals("sink.forest", tornado.categories()[0]);
        // the forest sink lowers net emission when it absorbs more: the two bars lie on both sides of zero
        assertTrue(tornado.series().get(0).values()[0] * tornado.series().get(1).values()[0] < 0);
        ChartModel sobol = sensitivity.shown().sobol();
        assertEquals(1, sobol.series().get(0).values()[0], 0.1, "the only uncertain input explains all the variance (S_1)");
        assertEquals(1, sobol.series().get(1).values()[0], 0.1, "S_T");
        Path svg = Files.createTempFile("sensitivity", ".svg");
        ChartExport.svg(tornado, svg, 900, 560);
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("sink.forest"), "SVG has the input");
        Screenshots.take(page.getWorkbenchWindow().getShell(), "sensitivity-view");

        ForecastView forecast = (ForecastView) page.showView(ForecastView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 60_000, () -> forecast.idle() && forecast.shown() != null), "forecast drawn");
        ChartModel f = forecast.shown().forecast();
        ChartSeries ahead = f.series().get(2);
        int step = f.categories().length - 1;
        assertTrue(band(f, 0).values()[step] < ahead.values()[step] && ahead.values()[step] < band(f, 1).values()[step],
                "bootstrap interval around the last forecast");
    }
}
