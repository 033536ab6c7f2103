package org.landcarbon.ui;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;

/**
 * The one way a new-study wizard writes its study: the file its page names is created, the study saved into it and
 * opened in the study editor; when saving fails the new file is deleted, so nothing is left behind.
 *
 * @since 0.1.1
 */
public final class NewStudyFiles {

    private NewStudyFiles() {
    }

    /**
     * @return the created file, or {@code null} when the page created none (it has shown why)
     * @throws IOException   when the study could not be saved (the new file is gone again)
     * @throws CoreException when the workspace refused the file or the editor could not open
     */
    public static IFile create(WizardNewFileCreationPage filePage, Study study, IWorkbenchPage page) throws IOException, CoreException {
        IFile file = filePage.createNewFile();
        if (file == null) {
            return null;
        }
        try {
            StudyFiles.save(study, file.getLocation().toPath());
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (IOException | CoreException e) {
            try {
                file.delete(true, null);
            } catch (CoreException ignored) {
                // the save error is what the user needs; a stray empty file is visible in the navigator
            }
            throw e;
        }
        IDE.openEditor(page, file, true);
        return file;
    }
}
