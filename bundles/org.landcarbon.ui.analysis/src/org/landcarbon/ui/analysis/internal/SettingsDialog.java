package org.landcarbon.ui.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.SettingInfo;
import org.landcarbon.analysis.SettingType;
import org.landcarbon.analysis.SettingsException;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.study.StudyTables.Available;

/**
 * A dialog generated from an analysis' settings model: the series to analyse, then one editor per setting
 * chosen by its type (check box, combo of choices, spinner for a bounded integer, text otherwise), filled
 * with the defaults. Each field is checked as it is typed by the model itself; its message shows under it.
 */
public final class SettingsDialog extends TitleAreaDialog {

    private final Analysis<?> analysis;
    private final StudySelection study;
    private final SettingsModel<?> model;
    private final Object defaults;
    private final Map<SettingInfo, Control> editors = new LinkedHashMap<>();
    private final Map<SettingInfo, Label> problems = new LinkedHashMap<>();
    private Table seriesTable;
    private Combo seriesCombo;
    private List<String> chosenSeries = List.of();
    private Map<String, String> chosenSettings = Map.of();

    /**
     * What was typed last in each analysis' dialog during this session, OK or not, by analysis id and setting
     * name: reopening the dialog shows it again instead of the defaults (a cancelled dialog loses nothing).
     */
    private static final Map<String, Map<String, String>> TYPED = new java.util.concurrent.ConcurrentHashMap<>();

    public SettingsDialog(Shell parent, Analysis<?> analysis, StudySelection study) {
        super(parent);
        this.analysis = analysis;
        this.study = study;
        this.model = SettingsModel.of(analysis.settingsType());
        this.defaults = model.newDefaults();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.format("dialog.title", Analyses.name(analysis.descriptor())));
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        org.eclipse.swt.graphics.Point size = super.getInitialSize();
        return new org.eclipse.swt.graphics.Point(Math.min(size.x, 760), size.y);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Analyses.name(analysis.descriptor()));
        setMessage(analysis.descriptor().description());
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        List<Available> usable = study.available().stream().filter(a -> a.points() >= 1).toList();
        Label seriesLabel = new Label(body, SWT.NONE);
        seriesLabel.setText(Messages.get("dialog.series"));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(seriesLabel);
        if (analysis.descriptor().input() == org.landcarbon.analysis.InputKind.SINGLE_SERIES) {
            seriesCombo = new Combo(body, SWT.READ_ONLY);
            usable.forEach(a -> seriesCombo.add(describe(a)));
            seriesCombo.select(0);
            seriesCombo.setToolTipText(Messages.get("dialog.seriesOne"));
            seriesCombo.addModifyListener(e -> validate());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(seriesCombo);
        } else {
            seriesTable = new Table(body, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
            usable.forEach(a -> new TableItem(seriesTable, SWT.NONE).setText(describe(a)));
            seriesTable.setToolTipText(Messages.get("dialog.seriesSet"));
            seriesTable.addListener(SWT.Selection, e -> validate());
            GridDataFactory.fillDefaults().grab(true, true).hint(420, 150).applyTo(seriesTable);
        }
        List<String> names = usable.stream().map(Available::name).toList();

        for (SettingInfo info : model.settings()) {
            Label label = new Label(body, SWT.NONE);
            label.setText(Analyses.label(info) + (info.unit() == null || info.unit().isBlank() ? "" : " (" + org.landcarbon.model.units.UnitText.unicode(info.unit()) + ")"));
            label.setToolTipText(info.description());
            Control editor = editor(body, info, names);
            editor.setToolTipText(tooltip(info));
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(editor);
            editors.put(info, editor);
            new Label(body, SWT.NONE);
            Label problem = new Label(body, SWT.WRAP);
            problem.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
            problems.put(info, problem);
        }
        Map<String, String> typed = TYPED.getOrDefault(analysis.descriptor().id(), Map.of());
        typed.forEach((name, value) -> {
            try {
                set(name, value);
            } catch (RuntimeException e) {
                // a value that no longer fits its field (e.g. a choice now gone) leaves the default there
            }
        });
        return area;
    }

    private static String describe(Available a) {
        return a.name() + "  [" + (a.unit() == null ? "" : org.landcarbon.model.units.UnitText.unicode(a.unit()) + ", ") + a.firstYear() + "-" + a.lastYear() + ", " + a.points()
                + (a.reported() ? ", reported" : "") + "]";
    }

    private String tooltip(SettingInfo info) {
        StringBuilder s = new StringBuilder(info.description());
        if (!info.constraintText().isBlank()) {
            s.append("\n").append(info.constraintText());
        }
        if (!info.defaultText().isBlank()) {
            s.append("\n").append(Messages.format("dialog.default", info.defaultText()));
        }
        return s.toString();
    }

    private Control editor(Composite parent, SettingInfo info, List<String> seriesNames) {
        Object value = info.get(defaults);
        String text = value == null ? "" : info.format(value);
        SettingType type = info.type();
        if (type == SettingType.BOOLEAN) {
            Button check = new Button(parent, SWT.CHECK);
            check.setSelection(Boolean.TRUE.equals(value));
            return check;
        }
        if (type == SettingType.CHOICE || (type == SettingType.TEXT && !info.choices().isEmpty())) {
            Combo combo = new Combo(parent, SWT.READ_ONLY);
            if (!info.required() && type == SettingType.TEXT) {
                combo.add("");
            }
            info.choices().forEach(combo::add);
            combo.setText(text);
            combo.addModifyListener(e -> validate());
            return combo;
        }
        if (type == SettingType.INTEGER && info.hasRange() && value != null && info.max() - info.min() <= 100_000) {
            Spinner spinner = new Spinner(parent, SWT.BORDER);
            spinner.setValues(((Number) value).intValue(), (int) info.min(), (int) info.max(), 0, 1, 10);
            spinner.addModifyListener(e -> validate());
            return spinner;
        }
        if (type == SettingType.TEXT && namesSeries(info)) {
            // Settings naming columns take the study's series: offered, but free text (e.g. a+b).
            Combo combo = new Combo(parent, SWT.DROP_DOWN);
            seriesNames.forEach(combo::add);
            combo.setText(text);
            combo.addModifyListener(e -> validate());
            return combo;
        }
        Text field = new Text(parent, SWT.BORDER);
        field.setText(text);
        field.setMessage(info.defaultText());
        field.addModifyListener(e -> validate());
        return field;
    }

    /** The SPI does not mark column settings: those that speak of a column or series get the series offered. */
    private static boolean namesSeries(SettingInfo info) {
        String words = (info.name() + " " + info.label() + " " + info.description()).toLowerCase(java.util.Locale.ROOT);
        return words.contains("column") || words.contains("series");
    }

    private static String text(Control c) {
        if (c instanceof Button b) {
            return Boolean.toString(b.getSelection());
        }
        if (c instanceof Combo combo) {
            return combo.getText();
        }
        if (c instanceof Spinner s) {
            return Integer.toString(s.getSelection());
        }
        return ((Text) c).getText();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** Checks every field with the model; true when all are valid and series are chosen. */
    private boolean validate() {
        boolean ok = true;
        String first = null;
        for (Map.Entry<SettingInfo, Control> e : editors.entrySet()) {
            String message = "";
            String t = text(e.getValue()).trim();
            try {
                if (!t.isEmpty()) {
                    e.getKey().check(e.getKey().parse(t));
                } else if (e.getKey().required()) {
                    throw new SettingsException(e.getKey().name(), Analyses.label(e.getKey()) + ": a value is required");
                }
            } catch (SettingsException ex) {
                message = ex.getMessage();
                ok = false;
                first = first == null ? message : first;
            }
            problems.get(e.getKey()).setText(message);
        }
        List<String> series = series();
        int needed = analysis.descriptor().input() == org.landcarbon.analysis.InputKind.SERIES_SET ? 2 : 1;
        if (series.size() < needed) {
            ok = false;
            first = first == null ? Messages.get(needed == 1 ? "dialog.seriesOne" : "dialog.seriesSet") : first;
        }
        setErrorMessage(first);
        Button okButton = getButton(IDialogConstants.OK_ID);
        if (okButton != null) {
            okButton.setEnabled(ok);
        }
        if (!problems.isEmpty()) {
            problems.values().iterator().next().getParent().layout();
        }
        return ok;
    }

    private List<String> series() {
        List<Available> usable = study.available().stream().filter(a -> a.points() >= 1).toList();
        List<String> out = new ArrayList<>();
        if (seriesCombo != null && seriesCombo.getSelectionIndex() >= 0) {
            out.add(usable.get(seriesCombo.getSelectionIndex()).name());
        }
        if (seriesTable != null) {
            for (int i = 0; i < seriesTable.getItemCount(); i++) {
                if (seriesTable.getItem(i).getChecked()) {
                    out.add(usable.get(i).name());
                }
            }
        }
        return out;
    }

    @Override
    protected void okPressed() {
        if (!validate()) {
            return;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        editors.forEach((info, c) -> {
            String t = text(c).trim();
            if (!t.isEmpty()) {
                settings.put(info.name(), t);
            }
        });
        chosenSeries = series();
        chosenSettings = settings;
        super.okPressed();
    }

    // For tests and for the caller after OK.

    public List<String> chosenSeries() {
        return chosenSeries;
    }

    public Map<String, String> chosenSettings() {
        return chosenSettings;
    }

    /** Picks series by name (a test or a caller that knows what it wants). */
    public void chooseSeries(List<String> names) {
        List<Available> usable = study.available().stream().filter(a -> a.points() >= 1).toList();
        for (int i = 0; i < usable.size(); i++) {
            boolean on = names.contains(usable.get(i).name());
            if (seriesCombo != null && on) {
                seriesCombo.select(i);
            }
            if (seriesTable != null) {
                seriesTable.getItem(i).setChecked(on);
            }
        }
        if (seriesTable != null) {
            for (int i = seriesTable.getItemCount() - 1; i >= 0; i--) {
                if (seriesTable.getItem(i).getChecked()) {
                    seriesTable.showItem(seriesTable.getItem(i));
                }
            }
        }
        validate();
    }

    @Override
    public boolean close() {
        if (!editors.isEmpty() && editors.values().stream().noneMatch(Control::isDisposed)) {
            Map<String, String> typed = new LinkedHashMap<>();
            editors.forEach((info, c) -> typed.put(info.name(), text(c)));
            TYPED.put(analysis.descriptor().id(), typed);
        }
        return super.close();
    }

    /** Forgets what was typed in every analysis' dialog (for tests that need the defaults). */
    public static void forgetTyped() {
        TYPED.clear();
    }

    /** Types a setting's text into its field, as a user would. */
    public void type(String name, String value) {
        set(name, value);
        validate();
    }

    private void set(String name, String value) {
        editors.forEach((info, c) -> {
            if (info.name().equals(name)) {
                if (c instanceof Combo combo) {
                    combo.setText(value);
                } else if (c instanceof Text t) {
                    t.setText(value);
                } else if (c instanceof Spinner s) {
                    s.setSelection(Integer.parseInt(value));
                } else if (c instanceof Button b) {
                    b.setSelection(Boolean.parseBoolean(value));
                }
            }
        });
    }

    /** The text a setting's field holds now. */
    public String chosenText(String name) {
        return editors.entrySet().stream().filter(e -> e.getKey().name().equals(name)).map(e -> text(e.getValue())).findFirst()
                .orElse("");
    }

    public String problem(String name) {
        return problems.entrySet().stream().filter(e -> e.getKey().name().equals(name)).map(e -> e.getValue().getText())
                .findFirst().orElse("");
    }

    public boolean canFinish() {
        Button b = getButton(IDialogConstants.OK_ID);
        return b != null && b.isEnabled();
    }

    public void finish() {
        okPressed();
    }
}
