package org.landcarbon.ui.map.internal.wizard;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.landcarbon.io.AreaAccuracy;
import org.landcarbon.model.persistence.StudyFiles;

/**
 * Page 3: project, folder and file name of the study (the IDE's page), its name, the name of its whole region and
 * optionally the land-cover product's accuracy with its source (docs/uncertainty.md).
 */
final class StudyFilePage extends WizardNewFileCreationPage {

    private Text name;
    private Text whole;
    private Text accuracy;
    private Text accuracySource;

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
        accuracy = field(c, Messages.accuracy);
        accuracy.setMessage(Messages.accuracyHint);
        accuracySource = field(c, Messages.accuracySource);
        accuracySource.setMessage(Messages.accuracySourceHint);
        for (Text t : new Text[] { name, accuracy, accuracySource }) {
            t.addListener(SWT.Modify, e -> setPageComplete(validatePage()));
        }
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
        if (accuracy != null && !accuracy.getText().isBlank()) {
            Double pct = percent(accuracy.getText());
            if (pct == null || AreaAccuracy.problem(pct, "given") != null) {
                setErrorMessage(Messages.accuracyInvalid);
                return false;
            }
            if (AreaAccuracy.problem(pct, accuracySource.getText()) != null) {
                setErrorMessage(Messages.accuracySourceRequired);
                return false;
            }
        }
        return name != null;
    }

    private static Double percent(String text) {
        try {
            return Double.valueOf(text.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The accuracy the user gave, as the areas' range: empty when none. */
    List<AreaAccuracy> accuracy() {
        Double pct = accuracy.getText().isBlank() ? null : percent(accuracy.getText());
        return pct == null ? List.of() : List.of(AreaAccuracy.overall(pct, accuracySource.getText().strip()));
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

    /** For tests: the accuracy fields as a user types them. */
    void fillAccuracy(String pct, String source) {
        accuracy.setText(pct);
        accuracySource.setText(source);
        setPageComplete(validatePage());
    }
}
