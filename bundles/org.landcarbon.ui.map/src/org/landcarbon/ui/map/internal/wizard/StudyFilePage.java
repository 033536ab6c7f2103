package org.landcarbon.ui.map.internal.wizard;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.landcarbon.model.persistence.StudyFiles;

/** Page 3: project, folder and file name of the study (the IDE's page), its name and the name of its whole region. */
final class StudyFilePage extends WizardNewFileCreationPage {

    private Text name;
    private Text whole;

    StudyFilePage(IStructuredSelection selection) {
        super("file", selection);
        setTitle(Messages.fileTitle);
        setDescription(Messages.fileDescription);
        setFileExtension(StudyFiles.EXTENSION);
        setFileName("land-cover-study." + StudyFiles.EXTENSION);
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        Composite c = new Composite((Composite) getControl(), SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        name = field(c, Messages.studyName);
        whole = field(c, Messages.wholeName);
        name.addListener(SWT.Modify, e -> setPageComplete(validatePage()));
        setPageComplete(validatePage());
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            getShell().layout(true, true); // the dialog's title label keeps the width of a shorter earlier title otherwise
            // the folder tree was filled while the page was hidden; once GTK has mapped the page
            getShell().getDisplay().asyncExec(() -> Reallocate.rows(getControl()));
        }
        RasterInputs in = ((RasterStudyWizard) getWizard()).inputs();
        if (visible && in != null && name.getText().isBlank()) {
            // a first name to edit: the boundaries file and the raster years, e.g. "counties 2000-2020"
            String base = in.boundaries().getFileName().toString().replaceFirst("\\.[^.]*$", "");
            int a = java.util.Collections.min(in.years()), b = java.util.Collections.max(in.years());
            name.setText(base + " " + (a == b ? Integer.toString(a) : a + "-" + b));
        }
    }

    private static Text field(Composite c, String label) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    @Override
    protected boolean validatePage() {
        if (!super.validatePage()) {
            return false;
        }
        if (name != null && name.getText().isBlank()) {
            setErrorMessage(Messages.nameRequired);
            return false;
        }
        return name != null;
    }

    String studyName() {
        return name.getText().strip();
    }

    String wholeName() {
        return whole.getText().strip();
    }

    /** For tests. */
    void fill(String file, String study, String wholeRegion) {
        setFileName(file);
        name.setText(study);
        whole.setText(wholeRegion);
        setPageComplete(validatePage());
    }
}
