package org.landcarbon.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.landcarbon.model.persistence.FileStamp;

/**
 * The usual Eclipse handling of a file another program changed: when the editor comes to the front, a
 * change on disk is read in if nothing is unsaved, otherwise the user chooses Update (read the file again,
 * dropping the unsaved edits), Overwrite (save this version over it) or Cancel; a save that finds the file
 * changed asks the same.
 */
final class DiskConflict {

    /** Dialog button indexes, in the order shown. */
    static final int UPDATE = 0;
    static final int OVERWRITE = 1;

    private final StudyEditor editor;
    private boolean disposed;
    private boolean asking;
    // The file as it was when the user last cancelled on activation: not asked again until it changes again.
    private FileStamp declined;

    DiskConflict(StudyEditor editor) {
        this.editor = editor;
    }

    /** The editor got the focus (every activation gives it): check the file on disk. */
    void onFocus() {
        if (asking || !editor.changedOnDisk()) {
            return;
        }
        if (!editor.isDirty()) {
            editor.revert(); // no question to ask: read it in now
            return;
        }
        // The dialog opens after the activation (opened inside it, it would activate parts in the middle of it); a
        // timer, since an asyncExec queued from inside another runnable may wait for that one to end.
        editor.getSite().getShell().getDisplay().timerExec(1, () -> {
            if (!disposed) {
                onActivate();
            }
        });
    }

    void dispose() {
        disposed = true;
    }

    /** After an activation of an editor with unsaved changes: ask, unless asked already for this change. */
    private void onActivate() {
        if (asking || !editor.changedOnDisk()) {
            return;
        }
        if (!editor.isDirty()) {
            editor.revert();
            return;
        }
        FileStamp now = current();
        if (declined != null && declined.sameContent(now)) {
            return;
        }
        if (choose(Messages.changedOnDiskActivate) < 0) {
            declined = now;
        }
    }

    /** A save was refused because the file changed on disk. */
    void onSave() {
        choose(Messages.changedOnDiskSave);
    }

    /** Asks and acts; returns the button chosen, -1 for Cancel or a closed dialog. */
    private int choose(String message) {
        asking = true;
        try {
            int choice = MessageDialog.open(MessageDialog.QUESTION, editor.getSite().getShell(), Messages.changedOnDiskTitle,
                    NLS.bind(message, editor.file().getFullPath()), SWT.NONE, Messages.buttonUpdate, Messages.buttonOverwrite,
                    IDialogConstants.CANCEL_LABEL);
            if (choice == UPDATE) {
                editor.revert();
            } else if (choice == OVERWRITE) {
                overwrite();
            } else {
                return -1;
            }
            declined = null;
            return choice;
        } finally {
            asking = false;
        }
    }

    private void overwrite() {
        try {
            editor.overwrite();
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(editor.getSite().getShell(), Messages.saveFailedTitle, null,
                    Status.error(NLS.bind(Messages.saveFailed, editor.file().getFullPath(), e.getMessage()), e));
        }
    }

    private FileStamp current() {
        try {
            Path path = editor.file().getLocation().toPath();
            return FileStamp.current(path);
        } catch (IOException e) {
            return null;
        }
    }
}
