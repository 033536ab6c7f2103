package org.landcarbon.ui.internal.navigator;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.landcarbon.ui.internal.editor.StudyEditor;

/** Double-click (or Open) on a part of a study opens its study editor at the page that shows the part. */
public final class OpenStudyPartProvider extends CommonActionProvider {

    private final Action open = new Action(Messages.openAction) {
        @Override
        public void run() {
            Object first = ((IStructuredSelection) getContext().getSelection()).getFirstElement();
            if (first instanceof StudyPart part) {
                openPart(part);
            }
        }
    };

    /** Opens the study of a part and shows the page for its group. */
    public static StudyEditor openPart(StudyPart part) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            IEditorPart editor = IDE.openEditor(page, part.file(), StudyEditor.ID, true);
            if (editor instanceof StudyEditor study) {
                study.showPage(pageFor(part));
                return study;
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), Messages.openFailed, null, e.getStatus());
        }
        return null;
    }

    static String pageFor(StudyPart part) {
        if (part.element() instanceof org.landcarbon.model.Series s && s.getKind() == org.landcarbon.model.SeriesKind.LAND_AREA) {
            return StudyEditor.PAGE_AREAS;
        }
        return switch (part.group()) {
            case CLASSES -> StudyEditor.PAGE_AREAS;
            case SERIES -> StudyEditor.PAGE_ACTIVITY;
            case COEFFICIENTS -> StudyEditor.PAGE_COEFFICIENTS;
            case REPORTED -> StudyEditor.PAGE_REPORTED;
            default -> StudyEditor.PAGE_OVERVIEW;
        };
    }

    private boolean partSelected() {
        return getContext() != null && getContext().getSelection() instanceof IStructuredSelection s
                && s.getFirstElement() instanceof StudyPart;
    }

    @Override
    public void fillActionBars(IActionBars bars) {
        if (partSelected()) {
            bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
        }
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (partSelected()) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
        }
    }
}
