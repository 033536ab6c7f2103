package org.landcarbon.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.ui.testsupport.Screenshots;
import org.landcarbon.ui.tests.Explorer;
import org.landcarbon.ui.tests.TestStudies;
import org.landcarbon.ui.tests.UiWait;

/** The Project Explorer shows a study's region tree (only when it has subregions), each region with its series count. */
class RegionTreeTest {

    @Test
    void theRegionTreeIsAGroupOfTheStudy() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.regionSample("RegionTree");
        IProject project = file.getProject();
        Study study = StudyFiles.load(file.getLocation().toPath());
        Explorer explorer = Explorer.show(page);
        TreeViewer tree = explorer.tree();
        ITreeContentProvider content = explorer.content();
        StudyPart regions = explorer.regions(file);
        StudyLabelProvider labels = new StudyLabelProvider();
        assertEquals("Regions (4)", labels.getText(regions));
        Object[] top = content.getChildren(regions);
        assertEquals(1, top.length);
        assertEquals("Guizhou (520000), " + study.getSeries().size() + " series", labels.getText(top[0]));
        assertTrue(content.hasChildren(top[0]));
        List<String> subs = Arrays.stream(content.getChildren(top[0])).map(labels::getText).toList();
        assertEquals(List.of("Synthetic subregion A (not a real prefecture) (SYN01), 5 series",
                "Synthetic subregion B (not a real prefecture) (SYN02), 5 series",
                "Synthetic subregion C (not a real prefecture) (SYN03), 5 series"), subs);
        Object syn02 = content.getChildren(top[0])[1];
        assertEquals(top[0], content.getParent(syn02));
        assertEquals(regions, content.getParent(top[0]));
        tree.expandToLevel(file, 1);
        tree.expandToLevel(regions, 3);
        tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(syn02), true);
        UiWait.processEvents(display, 300);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "explorer-region-tree");
        project.delete(true, null);
    }

    @Test
    void theAccountViewFollowsTheRegionSelectedInTheExplorer() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.regionSample("RegionAccount");
        IProject project = file.getProject();
        Explorer explorer = Explorer.show(page);
        org.eclipse.ui.ide.IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        org.landcarbon.ui.internal.account.AccountView view = (org.landcarbon.ui.internal.account.AccountView) page
                .showView(org.landcarbon.ui.internal.account.AccountView.ID);
        page.activate(page.getActiveEditor());
        // wait for this study's account, not one left showing by an earlier test's editor
        assertTrue(UiWait.until(display, 30_000, () -> view.account() != null && view.idle()
                && view.account().studyName().startsWith("Guizhou 2005-2019 with three synthetic subregions")), "account of the province");
        assertEquals(null, view.region());
        double province = view.account().value(2009, "forest").value().value();

        explorer.select(explorer.subregion(file, 0)); // SYN01
        assertTrue(UiWait.until(display, 30_000, () -> "SYN01".equals(view.region()) && view.idle()), "account of SYN01");
        double part = view.account().value(2009, "forest").value().value();
        // the forest sink is area x rate and SYN01 holds 316.29 of the province's 790.73 x 10^4 hm2 of forest in 2009
        assertEquals(316.29 / 790.73, part / province, 1e-9);
        assertTrue(view.account().studyName().endsWith("(SYN01)"), view.account().studyName());
        Screenshots.take(page.getWorkbenchWindow().getShell(), "account-of-a-region");
        explorer.select(file);
        assertTrue(UiWait.until(display, 30_000, () -> view.region() == null && view.idle()), "back to the whole study");
        page.closeAllEditors(false);
        project.delete(true, null);
    }
}
