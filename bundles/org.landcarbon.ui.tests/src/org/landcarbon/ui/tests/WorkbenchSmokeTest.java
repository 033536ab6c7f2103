package org.landcarbon.ui.tests;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.landcarbon.ui.internal.LandCarbonPerspective;
import org.landcarbon.ui.internal.WelcomeView;

/** Starts with the real product and application: the main window, its perspective and views. */
class WorkbenchSmokeTest {

    @Test
    void mainWindowShowsTheLandUseCarbonPerspectiveWithItsViews() {
        assertEquals("org.landcarbon.ui.product", Platform.getProduct().getId());
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        Shell shell = window.getShell();
        assertTrue(UiWait.until(shell.getDisplay(), 20_000, shell::isVisible), "main window visible");
        assertTrue(shell.getText().startsWith("LandCarbon Workbench"), shell.getText());

        IWorkbenchPage page = window.getActivePage();
        assertEquals(LandCarbonPerspective.ID, page.getPerspective().getId());
        assertEquals("Land-Use Carbon", page.getPerspective().getLabel());
        for (String view : new String[] { LandCarbonPerspective.PROJECT_EXPLORER, LandCarbonPerspective.PROPERTIES,
                LandCarbonPerspective.PROBLEMS, WelcomeView.ID }) {
            assertNotNull(page.findViewReference(view), "view " + view + " in the perspective");
        }
        WelcomeView welcome = (WelcomeView) page.findView(WelcomeView.ID);
        assertNotNull(welcome, "welcome view created");
        assertTrue(welcome.headingText().matches("LandCarbon Workbench \\d+\\.\\d+\\.\\d+"), welcome.headingText());

        File png = Screenshots.take(shell, "workbench");
        assertTrue(png.length() > 10_000, "screenshot written: " + png);
    }
}
