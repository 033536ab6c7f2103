package org.landcarbon.ui.internal.editor;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.landcarbon.model.Study;

/**
 * One undoable change to a study, made by plain model code and recorded as an EMF change
 * description: a cell edit, a pasted block or a form field all undo in one step.
 */
final class StudyChange extends ChangeCommand {

    private final Runnable change;

    StudyChange(Study study, String label, Runnable change) {
        super(study);
        this.change = change;
        setLabel(label);
    }

    @Override
    protected void doExecute() {
        change.run();
    }
}
