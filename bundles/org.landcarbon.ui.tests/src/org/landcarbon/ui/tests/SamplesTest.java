package org.landcarbon.ui.tests;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.landcarbon.ui.IStudyEditor;
import org.landcarbon.ui.internal.SampleStudies;
import org.landcarbon.ui.internal.account.AccountView;

/** A new workspace gets the Samples project; the Guizhou sample opens and its account computes. */
class SamplesTest {

    @Test
    void samplesProjectOnFirstStartAndTheGuizhouAccount() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IProject samples = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleStudies.PROJECT);
        assertTrue(UiWait.until(display, 20_000, () -> samples.getFile("guizhou-2005-2019.landcarbon").exists()),
                "Samples project with the Guizhou sample");
        IFile guizhou = samples.getFile("guizhou-2005-2019.landcarbon");
        CommonNavigator nav = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        nav.getCommonViewer().expandToLevel(guizhou, 1);
        IStudyEditor editor = (IStudyEditor) IDE.openEditor(page, guizhou, "org.landcarbon.ui.editors.study", true);
        assertNotNull(editor.study());
        AccountView account = (AccountView) page.showView(AccountView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 30_000, () -> account.account() != null && account.idle()), "account of the sample");
        UiWait.processEvents(display, 300);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "sample-guizhou-account");
        page.closeAllEditors(false);
    }
}
