package org.landcarbon.ui.charts.tests;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.model.units.Unit;
import org.landcarbon.ui.charts.internal.StructureModel;
import org.landcarbon.ui.charts.internal.StructureView;
import org.landcarbon.ui.internal.SampleStudies;
import org.landcarbon.ui.tests.UiWait;

/**
 * The doughnuts of the Guizhou sample's sources and sinks: every slice is the account's own value
 * and share of its kind's total, the default year is the last one, another year can be chosen.
 */
class StructureViewTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void sharesOfSourcesAndSinksAreTheAccounts() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IProject samples = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleStudies.PROJECT);
        assertTrue(UiWait.until(display, 20_000, () -> samples.getFile("guizhou-2005-2019.landcarbon").exists()), "sample");
        IFile file = samples.getFile("guizhou-2005-2019.landcarbon");
        IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        StructureView view = (StructureView) page.showView(StructureView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 30_000, () -> view.shown() != null && view.idle()), "doughnuts drawn");
        Account account = view.account();
        assertNotNull(account);

        StructureModel.Structure s = view.shown();
        assertEquals(2019, s.year(), "the last year by default");
        assertTrue(s.title().contains("2019"), s.title());
        check(account, s);
        assertEquals(2, s.sources().values().length, "construction and agricultural land");
        assertEquals(6, s.sinks().values().length, "cropland (reported) and the five area-based sink classes of the sample");

        String suffix = Platform.getNL().startsWith("zh") ? "-zh" : "";
        var ref = page.getReference(view);
        page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.processEvents(display, 300);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "chart-structure-2019" + suffix);

        view.setYear(2005);
        UiWait.processEvents(display, 300);
        assertEquals(2005, view.shown().year());
        check(account, view.shown());
        Screenshots.take(page.getWorkbenchWindow().getShell(), "chart-structure-2005" + suffix);
        page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);

        File dir = new File(System.getProperty("landcarbon.screenshots", "target/screenshots"));
        Path png = dir.toPath().resolve("export-structure-2005" + suffix + ".png");
        Path svg = dir.toPath().resolve("export-structure-2005" + suffix + ".svg");
        org.landcarbon.ui.charts.internal.DoughnutCharts.png(view.shown(), png, 1800, 900, 144);
        org.landcarbon.ui.charts.internal.DoughnutCharts.svg(view.shown(), svg, 1000, 560);
        assertTrue(Files.size(png) > 10_000, png.toString());
        String text = Files.readString(svg);
        assertTrue(text.contains(view.shown().sinks().labels().get(0)) && text.contains("2005"), "SVG has labels and year");
    }

    /** Each slice equals the account's value (in 10^4 t C) and share; the shares of each kind add up to 1. */
    private static void check(Account account, StructureModel.Structure s) {
        Unit unit = Unit.parse("10^4 t C");
        for (StructureModel.Ring ring : new StructureModel.Ring[] { s.sources(), s.sinks() }) {
            double shares = 0;
            for (int i = 0; i < ring.keys().size(); i++) {
                String c = ring.keys().get(i);
                assertEquals(Account.express(account.value(s.year(), c).value(), unit).value(), ring.values()[i], 1e-9, c);
                assertEquals(account.share(s.year(), c).value().value(), ring.shares()[i], 1e-12, c);
                assertTrue(ring.labels().get(i).endsWith(String.format(java.util.Locale.ROOT, "%.1f %%", ring.shares()[i] * 100)),
                        ring.labels().get(i));
                shares += ring.shares()[i];
            }
            assertEquals(1.0, shares, 1e-9, "shares of " + ring.title());
            ComponentKind kind = ring == s.sinks() ? ComponentKind.SINK : ComponentKind.SOURCE;
            String total = kind == ComponentKind.SINK ? "sinks_total" : "sources_total";
            assertEquals(Account.express(account.value(s.year(), total).value(), unit).value(), ring.total(), 1e-9);
            assertTrue(ring.title().contains("10^4 t C"), ring.title());
        }
    }
}
