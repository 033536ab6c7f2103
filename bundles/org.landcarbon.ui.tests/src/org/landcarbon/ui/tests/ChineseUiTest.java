package org.landcarbon.ui.tests;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.landcarbon.ui.charts.internal.SourcesSinksView;

/** Runs with -nl zh_CN: the perspective, the study tree, the editor and a chart speak Chinese. */
class ChineseUiTest {

    @Test
    void workbenchInChinese() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        assertEquals("\u571f\u5730\u5229\u7528\u78b3\u6392\u653e", page.getPerspective().getLabel());
        IFile file = TestStudies.guizhouFromTables("Zh", "guizhou-zh.landcarbon", true);
        CommonNavigator nav = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        TreeViewer tree = nav.getCommonViewer();
        tree.refresh();
        tree.expandToLevel(file.getProject(), 1);
        tree.expandToLevel(file, 2);
        UiWait.processEvents(display, 300);
        List<String> labels = new ArrayList<>();
        for (TreeItem p : tree.getTree().getItems()) {
            for (TreeItem f : p.getItems()) {
                for (TreeItem part : f.getItems()) {
                    labels.add(part.getText());
                    for (TreeItem c : part.getItems()) {
                        labels.add(c.getText());
                    }
                }
            }
        }
        assertTrue(labels.contains("\u571f\u5730\u7c7b\u578b\uff087\uff09"), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("\u6797\u5730")), "forest by its Chinese name: " + labels);
        IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        ((org.eclipse.ui.forms.editor.FormEditor) page.getActiveEditor()).setActivePage("areas");
        SourcesSinksView chart = (SourcesSinksView) page.showView(SourcesSinksView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 20_000, () -> chart.model() != null && chart.idle()));
        assertTrue(chart.model().series().stream().anyMatch(s -> s.name().equals("\u6797\u5730")), "legend in Chinese");
        UiWait.processEvents(display, 300);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "zh-workbench");
        page.closeAllEditors(false);
    }
}
