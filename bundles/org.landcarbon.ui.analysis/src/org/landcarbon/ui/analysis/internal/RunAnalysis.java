package org.landcarbon.ui.analysis.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisException;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.DataTable;
import org.landcarbon.analysis.SettingsException;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.study.StudyTables;

/** Settings dialog, then the analysis as a background job, then its result in an editor. */
public final class RunAnalysis {

    private static final String PLUGIN_ID = "org.landcarbon.ui.analysis";

    private RunAnalysis() {
    }

    public static void open(Shell shell, Analysis<?> analysis, StudySelection study) {
        SettingsDialog dialog = new SettingsDialog(shell, analysis, study);
        if (dialog.open() == Window.OK) {
            schedule(analysis, study, dialog.chosenSeries(), dialog.chosenSettings(), null);
        }
    }

    /**
     * Runs the analysis on the named series of the study in a job; on success opens the result editor
     * (and hands it to {@code opened}, for tests); a failure is reported by the job's status, with the
     * analysis' own message (which names the series and the problem).
     */
    public static Job schedule(Analysis<?> analysis, StudySelection study, List<String> series, Map<String, String> settings,
            Consumer<ResultEditor> opened) {
        String name = Analyses.name(analysis.descriptor());
        Job job = Job.create(Messages.format("job.name", name, study.file().getName()), (IProgressMonitor monitor) -> {
            AnalysisResult result;
            DataTable table;
            try {
                table = StudyTables.of(study.study(), study.file().getName(), series);
                result = AnalysisRunner.run(analysis, table, settings);
            } catch (AnalysisException | SettingsException e) {
                return Status.error(name + ": " + e.getMessage());
            }
            Display display = PlatformUI.getWorkbench().getDisplay();
            display.asyncExec(() -> {
                IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
                try {
                    ResultEditor editor = (ResultEditor) page.openEditor(new ResultEditorInput(analysis.descriptor(), study.file(),
                            table, result), ResultEditor.ID);
                    if (opened != null) {
                        opened.accept(editor);
                    }
                } catch (PartInitException e) {
                    org.eclipse.core.runtime.ILog.of(RunAnalysis.class).log(Status.error("Cannot open the result of " + name, e));
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    static IStatus error(String message) {
        return new Status(IStatus.ERROR, PLUGIN_ID, message);
    }
}
