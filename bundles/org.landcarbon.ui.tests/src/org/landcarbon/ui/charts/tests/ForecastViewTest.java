package org.landcarbon.ui.charts.tests;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.ui.charts.ChartExport;
import org.landcarbon.ui.charts.internal.ForecastView;
import org.landcarbon.ui.tests.TestStudies;
import org.landcarbon.ui.tests.UiWait;

/** The GM(1,1) forecast of the Guizhou net emission: the seed's worked values, drawn and exported. */
class ForecastViewTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void gm11OfTheNetEmissionWithItsAccuracy() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.guizhouFromTables("Charts", "guizhou-forecast.landcarbon", false);
        IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        ForecastView view = (ForecastView) page.showView(ForecastView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 20_000, () -> view.shown() != null && view.idle()), "forecast drawn");

        // METHOD.md's worked values for the published net series: a = -0.044700, C = 0.3235, P = 0.9333.
        assertEquals(-0.044700, view.shown().result().scalar("a"), 5e-6);
        assertEquals(0.3235, view.shown().result().scalar("C"), 5e-4);
        assertEquals(0.9333, view.shown().result().scalar("P"), 5e-4);
        String caption = view.shown().forecast().caption();
        assertTrue(caption.contains("C = 0.32") && caption.contains("P = 0.93"), caption);
        assertEquals("2030", view.shown().forecast().categories()[view.shown().forecast().categories().length - 1]);

        var ref = page.getReference(view);
        page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.processEvents(display, 300);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "chart-gm11-forecast");
        page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
        File dir = new File(System.getProperty("landcarbon.screenshots", "target/screenshots"));
        ChartExport.png(view.shown().forecast(), dir.toPath().resolve("export-gm11-forecast.png"), 1600, 900, 144);
    }
}
