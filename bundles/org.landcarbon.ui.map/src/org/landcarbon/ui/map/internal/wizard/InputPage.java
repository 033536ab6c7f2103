package org.landcarbon.ui.map.internal.wizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.landcarbon.spatial.Boundaries;
import org.landcarbon.spatial.ClassMapping;
import org.landcarbon.spatial.GeoTiffRaster;
import org.landcarbon.spatial.SpatialException;
import org.landcarbon.spatial.study.RasterStudies;

/**
 * Page 1: the rasters (year guessed from the file name, editable), the boundaries with id and name fields read
 * from the file, the class mapping and the unit. Each raster's header is read when it is added, so an unreadable
 * TIFF or an unknown CRS is named here; the pixels are read by the preview.
 */
final class InputPage extends WizardPage {

    /** The mappings offered; the last entry stands for a CSV file. */
    static final List<String> MAPPINGS = List.of("seed", "clcd", "worldcover", "globeland30", "csv");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d|2100)(?!\\d)");

    private Table rasters;
    private Text year;
    private Text boundaries;
    private Combo idField;
    private Combo nameField;
    private Combo mapping;
    private Text csv;
    private Button csvBrowse;
    private Combo unit;
    /** Raster file -> the problem of its header, or "" when it opens. */
    private final Map<Path, String> headers = new HashMap<>();
    private Path fieldsOf;
    private String fieldsError;
    private RasterInputs inputs;

    InputPage() {
        super("rasters");
        setTitle(Messages.inputTitle);
        setDescription(Messages.inputDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText(Messages.rasters);
        rasters = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        rasters.setHeaderVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true);
        td.heightHint = 90;
        rasters.setLayoutData(td);
        column(rasters, Messages.columnFile, 430);
        column(rasters, Messages.columnYear, 70);
        Composite buttons = new Composite(c, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        Button add = button(buttons, Messages.add);
        add.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            d.setFilterExtensions(new String[] { "*.tif;*.tiff", "*.*" });
            if (d.open() != null) {
                for (String n : d.getFileNames()) {
                    addRaster(Path.of(d.getFilterPath(), n));
                }
            }
        });
        Button remove = button(buttons, Messages.remove);
        remove.addListener(SWT.Selection, e -> {
            rasters.remove(rasters.getSelectionIndices());
            update();
        });
        new Label(c, SWT.NONE).setText(Messages.year);
        year = new Text(c, SWT.BORDER);
        year.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        ((GridData) year.getLayoutData()).widthHint = 80;
        rasters.addListener(SWT.Selection, e -> {
            TableItem[] s = rasters.getSelection();
            year.setText(s.length == 1 ? s[0].getText(1) : "");
        });
        year.addListener(SWT.Modify, e -> {
            TableItem[] s = rasters.getSelection();
            if (s.length == 1 && !s[0].getText(1).equals(year.getText().strip())) {
                s[0].setText(1, year.getText().strip());
                update();
            }
        });

        new Label(c, SWT.NONE).setText(Messages.boundaries);
        boundaries = new Text(c, SWT.BORDER);
        boundaries.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        browse(c, boundaries, "*.geojson;*.json;*.shp");
        new Label(c, SWT.NONE).setText(Messages.idField);
        idField = new Combo(c, SWT.READ_ONLY);
        idField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(c, SWT.NONE).setText(Messages.nameField);
        nameField = new Combo(c, SWT.READ_ONLY);
        nameField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(c, SWT.NONE).setText(Messages.mapping);
        mapping = new Combo(c, SWT.READ_ONLY);
        mapping.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        MAPPINGS.forEach(m -> mapping.add(m.equals("csv") ? Messages.mappingCsv : m));
        mapping.select(0);
        new Label(c, SWT.NONE).setText(Messages.csvFile);
        csv = new Text(c, SWT.BORDER);
        csv.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        csvBrowse = browse(c, csv, "*.csv");
        new Label(c, SWT.NONE).setText(Messages.unit);
        unit = new Combo(c, SWT.READ_ONLY);
        unit.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        RasterStudies.UNITS.forEach(unit::add);
        unit.select(0);

        boundaries.addListener(SWT.Modify, e -> update());
        csv.addListener(SWT.Modify, e -> update());
        for (Combo combo : new Combo[] { idField, nameField, mapping, unit }) {
            combo.addListener(SWT.Selection, e -> update());
        }
        setControl(c);
        update();
    }

    private static void column(Table t, String text, int width) {
        TableColumn col = new TableColumn(t, SWT.LEFT);
        col.setText(text);
        col.setWidth(width);
    }

    private static Button button(Composite c, String text) {
        Button b = new Button(c, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return b;
    }

    private Button browse(Composite c, Text target, String filter) {
        Button b = new Button(c, SWT.PUSH);
        b.setText(Messages.browse);
        b.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { filter, "*.*" });
            String chosen = d.open();
            if (chosen != null) {
                target.setText(chosen);
            }
        });
        return b;
    }

    /** Adds a raster, its year guessed from the last year-like number of its file name (empty when none). */
    void addRaster(Path file) {
        TableItem item = new TableItem(rasters, SWT.NONE);
        Matcher m = YEAR.matcher(file.getFileName().toString());
        String y = "";
        while (m.find()) {
            y = m.group(1);
        }
        item.setText(new String[] { file.toString(), y });
        item.setData(file);
        update();
    }

    /** Checks every choice, cheapest first; the page is complete only without a problem. */
    void update() {
        inputs = null;
        csv.setEnabled(mapping.getSelectionIndex() == MAPPINGS.size() - 1);
        csvBrowse.setEnabled(csv.getEnabled());
        String error;
        try {
            error = check();
        } catch (SpatialException e) {
            error = e.getMessage();
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    private String check() {
        if (rasters.getItemCount() == 0) {
            return Messages.noRaster;
        }
        List<Path> files = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (TableItem item : rasters.getItems()) {
            Path f = (Path) item.getData();
            String header = headers.computeIfAbsent(f, InputPage::header);
            if (!header.isEmpty()) {
                return header;
            }
            String y = item.getText(1);
            if (y.isBlank()) {
                return NLS.bind(Messages.yearMissing, f.getFileName());
            }
            if (!YEAR.matcher(y).matches()) {
                return NLS.bind(Messages.yearInvalid, f.getFileName(), y);
            }
            int year = Integer.parseInt(y);
            if (!seen.add(year)) {
                return NLS.bind(Messages.yearRepeated, year);
            }
            files.add(f);
            years.add(year);
        }
        String b = boundaries.getText().strip();
        if (b.isEmpty()) {
            fillFields(null);
            return Messages.noBoundaries;
        }
        Path bf = Path.of(b);
        if (!Files.isRegularFile(bf)) {
            fillFields(null);
            return NLS.bind(Messages.noSuchFile, bf);
        }
        fillFields(bf);
        if (fieldsError != null) {
            return fieldsError;
        }
        if (idField.getSelectionIndex() < 0) {
            return Messages.noIdField;
        }
        String choice = MAPPINGS.get(mapping.getSelectionIndex());
        Path csvFile = null;
        ClassMapping m;
        if (choice.equals("csv")) {
            if (csv.getText().isBlank()) {
                return Messages.noCsv;
            }
            csvFile = Path.of(csv.getText().strip());
            if (!Files.isRegularFile(csvFile)) {
                return NLS.bind(Messages.noSuchFile, csvFile);
            }
            m = ClassMapping.fromCsv(csvFile);
        } else {
            m = ClassMapping.builtIn(choice);
        }
        String system = RasterStudies.classSystemFor(m).orElse(null);
        if (system == null) {
            return NLS.bind(Messages.noClassSystem, m.name(), String.join(", ", m.classes()));
        }
        String name = nameField.getSelectionIndex() <= 0 ? null : nameField.getText();
        inputs = new RasterInputs(List.copyOf(files), List.copyOf(years), bf, idField.getText(), name, choice, csvFile, m, system,
                unit.getText());
        return null;
    }

    /** "" when the raster's header reads (georeferencing and CRS included), else the problem naming the file. */
    private static String header(Path f) {
        try (GeoTiffRaster r = GeoTiffRaster.open(f)) {
            return "";
        } catch (SpatialException e) {
            return e.getMessage();
        }
    }

    /** Fills the field combos from the boundary file's attributes when the file changes, keeping the choices that remain. */
    private void fillFields(Path file) {
        if (java.util.Objects.equals(file, fieldsOf)) {
            return;
        }
        fieldsOf = file;
        fieldsError = null;
        String id = idField.getText(), name = nameField.getText();
        idField.removeAll();
        nameField.removeAll();
        nameField.add(Messages.noNameField);
        if (file == null) {
            return;
        }
        List<String> fields;
        try {
            fields = Boundaries.fields(file);
        } catch (SpatialException e) {
            fieldsError = e.getMessage();
            return;
        }
        fields.forEach(idField::add);
        fields.forEach(nameField::add);
        idField.select(fields.contains(id) ? fields.indexOf(id) : fields.contains("code") ? fields.indexOf("code") : fields.isEmpty() ? -1 : 0);
        nameField.select(fields.contains(name) ? fields.indexOf(name) + 1 : fields.contains("name") ? fields.indexOf("name") + 1 : 0);
    }

    /** The choices, or null while the page has a problem. */
    RasterInputs inputs() {
        return inputs;
    }

    /** For tests: fill the page as a user would. */
    void fill(List<Path> rasterFiles, Path boundaryFile, String id, String name, String mappingChoice, Path csvFile, String areaUnit) {
        rasters.removeAll();
        rasterFiles.forEach(this::addRaster);
        boundaries.setText(boundaryFile.toString());
        idField.select(idField.indexOf(id));
        nameField.select(name == null ? 0 : nameField.indexOf(name));
        mapping.select(MAPPINGS.indexOf(mappingChoice));
        csv.setText(csvFile == null ? "" : csvFile.toString());
        unit.select(unit.indexOf(areaUnit));
        update();
    }

    /** For tests: the year typed for raster i. */
    void setYear(int i, String y) {
        rasters.setSelection(i);
        year.setText(y);
    }

    String[] idFields() {
        return idField.getItems();
    }
}
