package org.landcarbon.ui.charts.tests;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.ui.IStudyEditor;
import org.landcarbon.ui.charts.ChartExport;
import org.landcarbon.ui.charts.ChartModel;
import org.landcarbon.ui.charts.ChartSeries;
import org.landcarbon.ui.charts.internal.SourcesSinksView;
import org.landcarbon.ui.tests.TestStudies;
import org.landcarbon.ui.tests.UiWait;

/** The sources-and-sinks chart follows the active study and exports to PNG and SVG. */
class SourcesSinksViewTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void chartOfTheReportedAccountFollowsTheEditorAndExports() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.guizhouFromTables("Charts", "guizhou-charts.landcarbon");
        IStudyEditor editor = (IStudyEditor) IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        SourcesSinksView view = (SourcesSinksView) page.showView(SourcesSinksView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 20_000, () -> view.model() != null && view.idle()), "chart drawn");

        ChartModel model = view.model();
        assertTrue(model.caption().startsWith("As reported"), "no areas, so no computed account: " + model.caption());
        assertNotNull(model, "chart of the study in the active editor");
        assertEquals(15, model.categories().length);
        assertEquals("2005", model.categories()[0]);
        ChartSeries net = model.series().stream().filter(s -> s.style() == ChartSeries.Style.LINE).findFirst().orElseThrow();
        assertEquals(2076.29, net.values()[0], 0.0, "net 2005 as published in Table 5");
        ChartSeries forest = model.series().stream().filter(s -> s.name().equals("Forest")).findFirst().orElseThrow();
        assertEquals(-510.11, forest.values()[0], 0.0, "sinks drawn below zero");
        assertTrue(model.yTitle().contains("10^4 t C"), model.yTitle());
        // Stacks: sources up to construction + agriculture, sinks down to their total.
        double[] range = model.range();
        assertEquals(-(7.74 + 510.11 + 3.37 + 0.89 + 4.49 + 1418.75), minStack(model), 1e-9);
        assertTrue(range[1] >= 6732.70 + 149.71 - 1e-9);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "chart-sources-sinks");

        // An edit of a reported value redraws the chart without being asked.
        org.landcarbon.model.ReportedValue net2005 = editor.study().getReportedValues().stream()
                .filter(r -> r.getYear() == 2005 && r.getComponent().equals("net")).findFirst().orElseThrow();
        org.eclipse.emf.edit.domain.EditingDomain domain = ((org.eclipse.emf.edit.domain.IEditingDomainProvider) editor)
                .getEditingDomain();
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, net2005,
                org.landcarbon.model.LandCarbonPackage.Literals.REPORTED_VALUE__VALUE, 2000.0));
        assertTrue(UiWait.until(display, 20_000, () -> view.idle() && view.model().series().stream()
                .filter(s -> s.style() == ChartSeries.Style.LINE).findFirst().orElseThrow().values()[0] == 2000.0));
        domain.getCommandStack().undo();
        assertTrue(UiWait.until(display, 20_000, () -> view.idle() && view.model().series().stream()
                .filter(s -> s.style() == ChartSeries.Style.LINE).findFirst().orElseThrow().values()[0] == 2076.29));

        File dir = new File(System.getProperty("landcarbon.screenshots", "target/screenshots"));
        Path png = dir.toPath().resolve("export-sources-sinks.png");
        ChartExport.png(view.model(), png, 1800, 1000, 192);
        ImageData data = new ImageLoader().load(png.toString())[0];
        assertEquals(1800, data.width);
        assertEquals(1000, data.height);
        Path svg = dir.toPath().resolve("export-sources-sinks.svg");
        ChartExport.svg(view.model(), svg, 900, 560);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<svg") && text.contains("Forest") && text.contains("10^4 t C"), text.substring(0, 200));
        assertEquals(SWT.IMAGE_PNG, new ImageLoader().load(png.toString()).length > 0 ? SWT.IMAGE_PNG : -1);
    }

    @Test
    void chartOfTheComputedAccount() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.guizhouFromTables("Charts", "guizhou-account-chart.landcarbon", true);
        IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        SourcesSinksView view = (SourcesSinksView) page.showView(SourcesSinksView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 20_000, () -> view.model() != null && view.idle()
                && view.model().caption().startsWith("Computed")), "chart of the computed account");
        ChartSeries forest = view.model().series().stream().filter(s -> s.name().equals("Forest")).findFirst().orElseThrow();
        assertEquals(-510.11, forest.values()[0], 1e-6, "forest sink computed from its derived area");
        var ref = page.getReference(view);
        page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.processEvents(display, 300);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "chart-account-maximized");
        page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
        File dir = new File(System.getProperty("landcarbon.screenshots", "target/screenshots"));
        ChartExport.png(view.model(), dir.toPath().resolve("export-account-chart.png"), 1600, 900, 144);
    }

    private static double minStack(ChartModel model) {
        double down = 0;
        for (ChartSeries s : model.series()) {
            if (s.style() == ChartSeries.Style.STACKED_DOWN) {
                down += s.values()[0];
            }
        }
        return down;
    }
}
