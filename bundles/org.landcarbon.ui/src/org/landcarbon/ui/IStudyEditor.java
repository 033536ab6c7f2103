package org.landcarbon.ui;

import org.eclipse.core.resources.IFile;
import org.landcarbon.model.Study;

/**
 * What views (charts, accounts, analyses) may use of an open study editor: its study, its file and
 * a notification after every change, so that results follow edits without the user asking.
 */
public interface IStudyEditor {

    Study study();

    IFile file();

    /** Runs on the UI thread after every change (edit, undo, redo, revert). */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);
}
