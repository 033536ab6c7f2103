package org.landcarbon.ui.internal.editor;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.landcarbon.model.Study;

/** A form page of the study editor (overview, coefficients, carbon stocks): the editor's study and a decorated heading. */
abstract class StudyFormPage extends FormPage {

    protected final StudyEditor editor;
    protected ScrolledForm form;

    StudyFormPage(StudyEditor editor, String id, String title) {
        super(editor, id, title);
        this.editor = editor;
    }

    protected Study study() {
        return editor.study();
    }

    /** Sets up the form with the heading that shows messages; returns its body laid out in {@code columns} columns. */
    protected Composite body(IManagedForm managedForm, int columns, boolean equalWidth) {
        form = managedForm.getForm();
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(columns, equalWidth));
        return body;
    }
}
