package org.landcarbon.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.StudyFormats;
import org.landcarbon.io.StudyImporter;
import org.landcarbon.model.Study;
import org.landcarbon.ui.Services;

/**
 * What the new study is: name, region, years, land classes (the seed's seven, CLCD's six or none),
 * and optionally a CSV or XLSX file whose values and series ranges are previewed, with every problem listed,
 * before anything is created.
 */
final class StudySetupPage extends WizardPage {

    private Text name;
    private Text region;
    private Text first;
    private Text last;
    private Button seed;
    private Button clcd;
    private Button none;
    private Text file;
    private org.eclipse.swt.widgets.Combo coefficients;
    private final java.util.List<String> coefficientIds = new java.util.ArrayList<>();
    private List problems;
    private Label summary;
    private ImportRangesTable ranges;
    private ImportPreview preview;

    StudySetupPage() {
        super("setup");
        setTitle(Messages.setupTitle);
        setDescription(Messages.setupDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        name = field(c, Messages.fieldName, "");
        region = field(c, Messages.fieldRegion, "");
        first = field(c, Messages.fieldFirstYear, "2005");
        last = field(c, Messages.fieldLastYear, "2019");
        new Label(c, SWT.NONE).setText(Messages.fieldClasses);
        Composite radios = new Composite(c, SWT.NONE);
        radios.setLayout(new GridLayout(1, false));
        radios.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        seed = radio(radios, Messages.classesSeed);
        clcd = radio(radios, Messages.classesClcd);
        none = radio(radios, Messages.classesNone);
        seed.setSelection(true);

        new Label(c, SWT.NONE).setText(Messages.fieldCoefficientSet);
        coefficients = new org.eclipse.swt.widgets.Combo(c, SWT.READ_ONLY);
        coefficients.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        coefficients.add(Messages.coefficientSetDefault);
        coefficientIds.add("");
        org.landcarbon.accounting.AccountingService service = org.landcarbon.ui.Services.get(org.landcarbon.accounting.AccountingService.class);
        if (service != null) {
            for (org.landcarbon.accounting.CoefficientSetData set : service.coefficientSets()) {
                coefficients.add(set.name() == null || set.name().isBlank() ? set.id() : set.name() + " (" + set.id() + ")");
                coefficientIds.add(set.id());
            }
        }
        // the default of Window > Preferences > LandCarbon
        String preferred = org.landcarbon.ui.UiPreferences.store().getString(org.landcarbon.ui.UiPreferences.COEFFICIENT_SET);
        coefficients.select(Math.max(0, coefficientIds.indexOf(preferred)));

        new Label(c, SWT.NONE).setText(Messages.fieldImport);
        file = new Text(c, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.setMessage(Messages.importHint);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
            String chosen = d.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        summary = new Label(c, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        sd.widthHint = 300;
        summary.setLayoutData(sd);
        problems = new List(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData pd = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        pd.heightHint = 110;
        problems.setLayoutData(pd);
        Label rangesLabel = new Label(c, SWT.NONE);
        rangesLabel.setText(Messages.rangesTitle);
        rangesLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        ranges = new ImportRangesTable(c);
        GridData rd = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        rd.heightHint = 80;
        ranges.control().setLayoutData(rd);
        for (Text t : new Text[] { name, region, first, last, file }) {
            t.addListener(SWT.Modify, e -> update());
        }
        for (Button b : new Button[] { seed, clcd, none }) {
            b.addListener(SWT.Selection, e -> update());
        }
        setControl(c);
        update();
    }

    private Text field(Composite c, String label, String value) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setText(value);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return t;
    }

    private static Button radio(Composite c, String label) {
        Button b = new Button(c, SWT.RADIO);
        b.setText(label);
        return b;
    }

    /** Checks the fields and previews the import; the page is complete only without errors. */
    void update() {
        preview = null;
        problems.removeAll();
        ranges.clear();
        summary.setText("");
        String error = check();
        if (error == null && !file.getText().isBlank()) {
            error = previewImport();
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    private String check() {
        if (name.getText().isBlank()) {
            return Messages.nameRequired;
        }
        Integer a = year(first.getText());
        Integer b = year(last.getText());
        if (a == null || b == null) {
            return Messages.yearsInvalid;
        }
        if (a > b) {
            return Messages.yearsOrder;
        }
        return null;
    }

    private String previewImport() {
        Path path = Path.of(file.getText().strip());
        if (!Files.isRegularFile(path)) {
            return NLS.bind(Messages.noSuchFile, path);
        }
        StudyFormats formats = Services.get(StudyFormats.class);
        StudyImporter importer = formats == null ? null : formats.importerFor(path).orElse(null);
        if (importer == null) {
            return NLS.bind(Messages.noImporter, path.getFileName());
        }
        preview = importer.preview(path, ((NewStudyWizard) getWizard()).build(this));
        for (ImportProblem p : preview.problems()) {
            problems.add(p.toString());
        }
        ranges.show(preview);
        summary.setText(NLS.bind(Messages.previewSummary, new Object[] { preview.changes().size(),
                preview.valuesPerSeries().size(), preview.errors().size(), preview.warnings().size(), importer.name(),
                preview.ranges().size() }));
        return preview.hasErrors() ? NLS.bind(Messages.importErrors, preview.errors().size()) : null;
    }

    private static Integer year(String s) {
        try {
            int y = Integer.parseInt(s.strip());
            return y >= 1900 && y <= 2200 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    String studyName() {
        return name.getText().strip();
    }

    String regionName() {
        return region.getText().strip();
    }

    int firstYear() {
        return Integer.parseInt(first.getText().strip());
    }

    int lastYear() {
        return Integer.parseInt(last.getText().strip());
    }

    /** "seed", "clcd" or null for no classes. */
    String classSystem() {
        return seed.getSelection() ? "seed" : clcd.getSelection() ? "clcd" : null;
    }

    /** Id of the chosen coefficient set; empty for the accounting default. */
    String coefficientSet() {
        int i = coefficients.getSelectionIndex();
        return i < 0 ? "" : coefficientIds.get(i);
    }

    ImportPreview preview() {
        return preview;
    }

    /** For tests: fill the page as a user would type. */
    void fill(String studyName, String regionName, int from, int to, String classes, String importFile) {
        name.setText(studyName);
        region.setText(regionName);
        first.setText(Integer.toString(from));
        last.setText(Integer.toString(to));
        seed.setSelection("seed".equals(classes));
        clcd.setSelection("clcd".equals(classes));
        none.setSelection(classes == null);
        file.setText(importFile == null ? "" : importFile);
        update();
    }

    String[] problemLines() {
        return problems.getItems();
    }

    /** For tests: the rows of the ranges table. */
    String[][] rangeRows() {
        return ranges.rows();
    }
}
