package org.landcarbon.ui.report.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.landcarbon.model.Study;
import org.landcarbon.report.ReportFormat;
import org.landcarbon.ui.IStudyEditor;
import org.landcarbon.ui.ModelLabels;

/**
 * File > Export Report...: the study of the active study editor (with its unsaved edits) as DOCX, LaTeX or
 * Markdown, in the workbench's language, with all its scenarios; written in a job, the result said in a dialog.
 */
public final class ExportReportHandler extends AbstractHandler {

    private static final String[] EXTENSIONS = { "*.docx", "*.tex", "*.md" };

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof IStudyEditor editor)) {
            MessageDialog.openInformation(shell, Messages.title, Messages.noStudy);
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.title);
        dialog.setFilterExtensions(EXTENSIONS);
        dialog.setFilterNames(new String[] { Messages.filterDocx, Messages.filterTex, Messages.filterMd });
        dialog.setOverwrite(true);
        String stem = editor.file() != null ? editor.file().getName().replaceFirst("\\.landcarbon$", "") : "report";
        dialog.setFileName(stem + "-report.docx");
        if (editor.file() != null && editor.file().getLocation() != null) {
            dialog.setFilterPath(editor.file().getLocation().removeLastSegments(1).toOSString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        ReportFormat format = ReportFormat.ofFile(chosen);
        if (format == null) {
            int index = Math.max(0, dialog.getFilterIndex());
            format = ReportFormat.values()[index];
            chosen = chosen + "." + format.extension();
        }
        export(shell.getDisplay(), EcoreUtil.copy(editor.study()), Path.of(chosen), format, ModelLabels.chinese() ? "zh" : "en", shell);
        return null;
    }

    /** Builds and writes the report of a copy of the study in a job, then says what was written or why not. */
    static Job export(Display display, Study study, Path file, ReportFormat format, String language, Shell shell) {
        String name = ModelLabels.study(study);
        Job job = Job.create(NLS.bind(Messages.jobName, name), monitor -> {
            String message;
            boolean ok;
            try {
                ReportExport.Result r = ReportExport.write(study, file, format, language);
                List<Path> figures = r.files().subList(1, r.files().size());
                message = NLS.bind(Messages.wrote, new Object[] { r.files().get(0), r.tables(), r.figures(),
                        figures.isEmpty() ? "" : "; " + String.join(", ", figures.stream().map(p -> p.getFileName().toString()).toList()) });
                ok = true;
            } catch (Exception e) {
                message = NLS.bind(Messages.failed, name, e.getMessage() == null ? e.toString() : e.getMessage());
                ok = false;
            }
            String text = message;
            boolean success = ok;
            display.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    if (success) {
                        MessageDialog.openInformation(shell, Messages.title, text);
                    } else {
                        MessageDialog.openError(shell, Messages.title, text);
                    }
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

}
