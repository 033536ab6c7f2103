package org.landcarbon.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Connects the workbench's Undo, Redo (Ctrl+Z, Ctrl+Y), Copy and Paste to the active study editor:
 * undo and redo work on its command stack, copy and paste on the active table (or on a text field
 * being edited).
 */
public final class StudyEditorContributor extends EditorActionBarContributor {

    private StudyEditor editor;
    private final CommandStackListener listener = e -> {
        if (Display.getCurrent() != null) {
            update();
        } else {
            Display.getDefault().asyncExec(this::update);
        }
    };

    private final Action undo = new Action() {
        @Override
        public void run() {
            if (editor != null) {
                editor.commandStack().undo();
            }
        }
    };
    private final Action redo = new Action() {
        @Override
        public void run() {
            if (editor != null) {
                editor.commandStack().redo();
            }
        }
    };
    private final Action copy = new Action(Messages.actionCopy) {
        @Override
        public void run() {
            if (editText(Text::copy, true)) {
                return;
            }
            GridPage grid = editor == null ? null : editor.activeGrid();
            if (grid != null) {
                Clipboard clipboard = new Clipboard(Display.getCurrent());
                try {
                    clipboard.setContents(new Object[] { grid.copy() }, new Transfer[] { TextTransfer.getInstance() });
                } finally {
                    clipboard.dispose();
                }
            }
        }
    };
    private final Action paste = new Action(Messages.actionPaste) {
        @Override
        public void run() {
            if (editText(Text::paste, true)) {
                return;
            }
            GridPage grid = editor == null ? null : editor.activeGrid();
            if (grid != null) {
                Clipboard clipboard = new Clipboard(Display.getCurrent());
                try {
                    Object text = clipboard.getContents(TextTransfer.getInstance());
                    if (text instanceof String s) {
                        grid.paste(s);
                    }
                } finally {
                    clipboard.dispose();
                }
            }
        }
    };

    /** File > Revert: throws away the unsaved changes of the study (the editor reads its file again). */
    private final Action revert = new Action(Messages.actionRevert) {
        @Override
        public void run() {
            if (editor != null && editor.isDirty()) {
                editor.revert();
            }
        }
    };

    /** A text field with the focus (a cell being edited, a form field) gets copy and paste itself. */
    private static boolean editText(java.util.function.Consumer<Text> action, boolean run) {
        Control focus = Display.getCurrent().getFocusControl();
        if (run && focus instanceof Text text && !text.isDisposed()) {
            action.accept(text);
            return true;
        }
        return false;
    }

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (editor != null) {
            editor.commandStack().removeCommandStackListener(listener);
        }
        editor = part instanceof StudyEditor s ? s : null;
        if (editor != null) {
            editor.commandStack().addCommandStackListener(listener);
        }
        update();
    }

    private void update() {
        CommandStack stack = editor == null ? null : editor.commandStack();
        Command u = stack == null ? null : stack.getUndoCommand();
        Command r = stack == null ? null : stack.getRedoCommand();
        undo.setEnabled(stack != null && stack.canUndo());
        redo.setEnabled(stack != null && stack.canRedo());
        undo.setText(u == null ? Messages.actionUndo : NLS.bind(Messages.actionUndoLabel, u.getLabel()));
        redo.setText(r == null ? Messages.actionRedo : NLS.bind(Messages.actionRedoLabel, r.getLabel()));
        copy.setEnabled(editor != null);
        paste.setEnabled(editor != null);
        revert.setEnabled(editor != null && editor.isDirty());
    }

    @Override
    public void dispose() {
        if (editor != null) {
            editor.commandStack().removeCommandStackListener(listener);
        }
        super.dispose();
    }
}
