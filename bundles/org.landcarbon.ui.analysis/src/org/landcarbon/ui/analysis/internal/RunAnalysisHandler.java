package org.landcarbon.ui.analysis.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.landcarbon.analysis.Analysis;

/** Runs the analysis selected in the Analyses view on its study (opening the view when it is closed). */
public final class RunAnalysisHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            AnalysesView view = (AnalysesView) page.showView(AnalysesView.ID);
            Object first = ((IStructuredSelection) view.viewer().getSelection()).getFirstElement();
            if (first instanceof Analysis<?> a && view.study() != null) {
                RunAnalysis.open(HandlerUtil.getActiveShellChecked(event), a, view.study());
            }
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Analyses view", e);
        }
        return null;
    }
}
