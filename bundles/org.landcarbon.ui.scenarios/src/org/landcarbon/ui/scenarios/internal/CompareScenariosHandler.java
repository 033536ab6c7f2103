package org.landcarbon.ui.scenarios.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.ui.IStudyEditor;
import org.landcarbon.ui.scenarios.ScenarioComparisonInput;
import org.landcarbon.ui.scenarios.ScenarioComparisonInput.Entry;

/**
 * "Compare Scenarios...": on one or more selected study files (or the study in the active editor),
 * asks which two to six of their scenarios to compare and opens the comparison.
 */
public final class CompareScenariosHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        List<IFile> files = files(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
        List<Entry> candidates = new ArrayList<>();
        for (IFile file : files) {
            try {
                IStudyEditor editor = ComparisonSession.openEditor(file);
                Study study = editor != null ? editor.study() : StudyFiles.load(file.getLocation().toPath());
                for (Scenario s : study.getScenarios()) {
                    candidates.add(new Entry(file, s.getName()));
                }
            } catch (Exception ex) {
                MessageDialog.openError(shell, Messages.pickTitle, file.getFullPath() + ": " + ComparisonSession.message(ex));
                return null;
            }
        }
        if (candidates.size() < 2) {
            MessageDialog.openInformation(shell, Messages.pickTitle, Messages.noScenarios);
            return null;
        }
        List<Entry> chosen = candidates.size() <= ScenarioComparisonInput.MAX_SCENARIOS ? candidates
                : candidates.subList(0, ScenarioComparisonInput.MAX_SCENARIOS);
        boolean across = files.size() > 1;
        while (true) {
            ListSelectionDialog dialog = ListSelectionDialog.of(candidates).contentProvider(ArrayContentProvider.getInstance())
                    .labelProvider(new LabelProvider() {
                        @Override
                        public String getText(Object element) {
                            Entry e = (Entry) element;
                            return across ? e.file().getName() + " / " + e.scenario() : e.scenario();
                        }
                    }).message(Messages.pickMessage).title(Messages.pickTitle).preselect(chosen.toArray()).create(shell);
            if (dialog.open() != Window.OK) {
                return null;
            }
            chosen = new ArrayList<>();
            for (Object o : dialog.getResult()) {
                chosen.add((Entry) o);
            }
            if (chosen.size() >= 2 && chosen.size() <= ScenarioComparisonInput.MAX_SCENARIOS) {
                break;
            }
            MessageDialog.openWarning(shell, Messages.pickTitle,
                    NLS.bind(Messages.pickCount, String.valueOf(ScenarioComparisonInput.MAX_SCENARIOS), String.valueOf(chosen.size())));
        }
        try {
            page.openEditor(new ScenarioComparisonInput(chosen, null), CompareScenariosEditor.ID);
        } catch (PartInitException ex) {
            throw new ExecutionException(ex.getMessage(), ex);
        }
        return null;
    }

    /** The study files selected, or the file of the active study editor when nothing fits. */
    public static List<IFile> files(ISelection selection, IEditorPart activeEditor) {
        Set<IFile> files = new LinkedHashSet<>();
        if (selection instanceof IStructuredSelection ss) {
            for (Object o : ss.toList()) {
                IFile f = Adapters.adapt(o, IFile.class);
                if (f != null && StudyFiles.EXTENSION.equals(f.getFileExtension())) {
                    files.add(f);
                }
            }
        }
        if (files.isEmpty() && activeEditor != null && activeEditor.getEditorInput() instanceof IFileEditorInput in
                && StudyFiles.EXTENSION.equals(in.getFile().getFileExtension())) {
            files.add(in.getFile());
        }
        return new ArrayList<>(files);
    }
}
