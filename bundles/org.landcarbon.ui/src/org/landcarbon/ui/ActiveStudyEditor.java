package org.landcarbon.ui;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Follows the study editor active on a workbench page, for views that show "the study in the active
 * editor": the owner is told when another study editor becomes active, when the followed one closes,
 * and after every edit of its study.
 */
public final class ActiveStudyEditor {

    private final IWorkbenchPage page;
    private final Runnable onChange;
    private IStudyEditor editor;

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof IStudyEditor e && e != editor) {
                follow(e);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                follow(null);
            }
        }
    };

    /** {@code onChange} runs on the UI thread: at {@link #start()}, on every switch of editor and after every edit. */
    public ActiveStudyEditor(IWorkbenchPage page, Runnable onChange) {
        this.page = page;
        this.onChange = onChange;
    }

    /** Starts following the page's active editor (and tells the owner once). */
    public void start() {
        page.addPartListener(partListener);
        IEditorPart active = page.getActiveEditor();
        follow(active instanceof IStudyEditor e ? e : null);
    }

    /** The followed study editor, or null when no study editor is active. */
    public IStudyEditor editor() {
        return editor;
    }

    public void dispose() {
        page.removePartListener(partListener);
        if (editor != null) {
            editor.removeChangeListener(onChange);
            editor = null;
        }
    }

    private void follow(IStudyEditor next) {
        if (editor != null) {
            editor.removeChangeListener(onChange);
        }
        editor = next;
        if (editor != null) {
            editor.addChangeListener(onChange);
        }
        onChange.run();
    }
}
