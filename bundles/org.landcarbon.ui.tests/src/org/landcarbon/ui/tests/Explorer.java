package org.landcarbon.ui.tests;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonNavigator;
import org.landcarbon.ui.internal.navigator.StudyPart;

/** The Project Explorer as the region tests drive it: a study's Regions group, and a node selected as a user would. */
public final class Explorer {

    private final IWorkbenchPage page;
    private final CommonNavigator nav;

    private Explorer(IWorkbenchPage page, CommonNavigator nav) {
        this.page = page;
        this.nav = nav;
    }

    /** Shows the Project Explorer with its tree refreshed. */
    public static Explorer show(IWorkbenchPage page) throws PartInitException {
        Explorer e = new Explorer(page, (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER));
        e.tree().refresh();
        return e;
    }

    public CommonNavigator view() {
        return nav;
    }

    public TreeViewer tree() {
        return nav.getCommonViewer();
    }

    public ITreeContentProvider content() {
        return (ITreeContentProvider) tree().getContentProvider();
    }

    /** The study file's Regions group. */
    public StudyPart regions(IFile file) {
        return Arrays.stream(content().getChildren(file)).map(StudyPart.class::cast).filter(p -> p.kind() == StudyPart.Kind.REGIONS)
                .findFirst().orElseThrow(() -> new AssertionError("no Regions group under " + file));
    }

    /** The {@code index}-th subregion of the study's top region, its group expanded. */
    public Object subregion(IFile file, int index) {
        StudyPart regions = regions(file);
        Object top = content().getChildren(regions)[0];
        tree().expandToLevel(regions, 3);
        return content().getChildren(top)[index];
    }

    /** Selects a node with the Explorer active, as a click does: the study views follow the selection. */
    public void select(Object node) {
        page.activate(nav);
        tree().setSelection(new StructuredSelection(node), true);
    }
}
