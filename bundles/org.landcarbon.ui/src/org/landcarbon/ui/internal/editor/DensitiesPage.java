package org.landcarbon.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.landcarbon.accounting.stock.CarbonPool;
import org.landcarbon.accounting.stock.StudyDensities;
import org.landcarbon.model.CarbonDensity;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.LandClass;
import org.landcarbon.ui.ModelLabels;
import org.landcarbon.ui.internal.pools.PoolNames;

/**
 * The study's carbon densities for the stock account: one row per land class with its density in each pool
 * (above-ground, below-ground, soil, dead organic matter), unit and source. Typed values are checked as the
 * densities CSV is (a number >= 0 or blank for "not given", carbon per area, a source); a densities CSV is
 * imported all or nothing. Every change is one undoable command.
 */
final class DensitiesPage extends StudyFormPage {


    private TableViewer viewer;
    private Combo classes;
    private Button add;
    private Button remove;
    private final List<String> addable = new ArrayList<>();

    DensitiesPage(StudyEditor editor) {
        super(editor, StudyEditor.PAGE_STOCKS, DensityMessages.page);
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        Composite body = body(managedForm, 5, false);
        var intro = toolkit.createLabel(body, DensityMessages.intro, SWT.WRAP);
        GridPage.wrapping(intro);
        ((GridData) intro.getLayoutData()).horizontalSpan = 5;

        toolkit.createLabel(body, DensityMessages.landClass);
        classes = new Combo(body, SWT.READ_ONLY);
        toolkit.adapt(classes, true, false);
        add = toolkit.createButton(body, DensityMessages.add, SWT.PUSH);
        add.addListener(SWT.Selection, e -> addRow());
        remove = toolkit.createButton(body, DensityMessages.remove, SWT.PUSH);
        remove.addListener(SWT.Selection, e -> removeSelected());
        Button importCsv = toolkit.createButton(body, DensityMessages.importCsv, SWT.PUSH);
        importCsv.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        importCsv.addListener(SWT.Selection, e -> importChosen());

        Table table = toolkit.createTable(body, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1);
        gd.heightHint = 200;
        gd.widthHint = 400;
        table.setLayoutData(gd);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(DensityMessages.landClass, 160, d -> label(d.getLandClass()), null, null);
        for (CarbonPool p : CarbonPool.values()) {
            column(PoolNames.of(p), 170, d -> CellValues.format(StudyDensities.get(d, p)),
                    (d, v) -> StudyDensities.set(d, p, v.isBlank() ? null : Double.valueOf(v.strip())), StudyDensities::valueProblem);
        }
        column(DensityMessages.unit, 100, CarbonDensity::getUnit, (d, v) -> d.setUnit(v.strip()), StudyDensities::unitProblem);
        column(DensityMessages.source, 300, CarbonDensity::getSource, (d, v) -> d.setSource(v.strip()),
                v -> v.isBlank() ? DensityMessages.sourceNeeded : null);
        column(DensityMessages.origin, 180, CarbonDensity::getOrigin, null, null);
        viewer.addSelectionChangedListener(e -> remove.setEnabled(selected() != null));
        refresh();
    }

    private String label(String classId) {
        LandClass c = ModelLabels.findClass(study(), classId);
        return c == null ? classId : ModelLabels.landClass(c);
    }

    private void column(String title, int width, Function<CarbonDensity, String> text, BiConsumer<CarbonDensity, String> apply,
            Function<String, String> problem) {
        TableColumns.add(viewer, CarbonDensity.class, title, width, text, STYLE, apply == null ? null : (d, typed) -> edit(d, title, typed, apply, problem));
    }

    /** Rows without a source in red; the tooltip tells the source and where the row was imported from. */
    private static final TableColumns.RowStyle<CarbonDensity> STYLE = new TableColumns.RowStyle<>() {
        @Override
        public Color foreground(CarbonDensity d) {
            return d.getSource() == null || d.getSource().isBlank() ? TableColumns.NO_SOURCE : null;
        }

        @Override
        public String tooltip(CarbonDensity d) {
            return d.getLandClass() + ": " + NLS.bind(DensityMessages.sourceIs, d.getSource() == null ? "" : d.getSource())
                    + (d.getOrigin() == null ? "" : "\n" + NLS.bind(DensityMessages.importedFrom, d.getOrigin()));
        }
    };

    /** Applies a typed cell as one command, or refuses it with the reason in the form's heading. */
    void edit(CarbonDensity d, String column, String typed, BiConsumer<CarbonDensity, String> apply, Function<String, String> problem) {
        String why = problem.apply(typed);
        if (why != null) {
            form.setMessage(NLS.bind(Messages.cellRefused, new Object[] { d.getLandClass(), column, why }), IMessageProvider.ERROR);
            return;
        }
        form.setMessage(null, IMessageProvider.NONE);
        editor.domain().getCommandStack().execute(new StudyChange(study(), NLS.bind(Messages.editField, d.getLandClass() + " " + column),
                () -> apply.accept(d, typed)));
    }

    /** Types into a cell of a class's row as the cell editor would (tests): column is a pool id, "unit" or "source". */
    String type(String landClass, String column, String typed) {
        CarbonDensity d = study().getCarbonDensities().stream().filter(x -> landClass.equals(x.getLandClass())).findFirst().orElseThrow();
        CarbonPool pool = CarbonPool.of(column).orElse(null);
        if (pool != null) {
            edit(d, column, typed, (x, v) -> StudyDensities.set(x, pool, v.isBlank() ? null : Double.valueOf(v.strip())),
                    StudyDensities::valueProblem);
        } else if ("unit".equals(column)) {
            edit(d, column, typed, (x, v) -> x.setUnit(v.strip()), StudyDensities::unitProblem);
        } else {
            edit(d, column, typed, (x, v) -> x.setSource(v.strip()), v -> v.isBlank() ? DensityMessages.sourceNeeded : null);
        }
        return form.getMessage();
    }

    private CarbonDensity selected() {
        Object o = viewer.getStructuredSelection().getFirstElement();
        return o instanceof CarbonDensity d ? d : null;
    }

    private void addRow() {
        int i = classes.getSelectionIndex();
        if (i < 0 || i >= addable.size()) {
            return;
        }
        CarbonDensity d = LandCarbonFactory.eINSTANCE.createCarbonDensity();
        d.setLandClass(addable.get(i));
        editor.domain().getCommandStack().execute(new StudyChange(study(), NLS.bind(DensityMessages.addLabel, d.getLandClass()),
                () -> study().getCarbonDensities().add(d)));
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(d), true);
    }

    private void removeSelected() {
        CarbonDensity d = selected();
        if (d != null) {
            editor.domain().getCommandStack().execute(new StudyChange(study(), NLS.bind(DensityMessages.removeLabel, d.getLandClass()),
                    () -> study().getCarbonDensities().remove(d)));
        }
    }

    private void importChosen() {
        FileDialog d = new FileDialog(getSite().getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] { "*.csv", "*" });
        String chosen = d.open();
        if (chosen != null) {
            String problem = importFile(Path.of(chosen));
            if (problem != null) {
                MessageDialog.openError(getSite().getShell(), DensityMessages.importCsv, problem);
            }
        }
    }

    /**
     * Imports a densities CSV as one command: each class of the file replaces the study's row of that class, the
     * other rows stay. Returns why nothing was imported (file, row, column), or null.
     */
    String importFile(Path file) {
        List<CarbonDensity> rows;
        try {
            rows = StudyDensities.readFile(study(), file);
        } catch (IOException e) {
            form.setMessage(e.getMessage(), IMessageProvider.ERROR);
            return e.getMessage();
        }
        form.setMessage(null, IMessageProvider.NONE);
        editor.domain().getCommandStack().execute(new StudyChange(study(), NLS.bind(DensityMessages.importLabel, file.getFileName()), () -> {
            List<String> imported = rows.stream().map(CarbonDensity::getLandClass).toList();
            study().getCarbonDensities().removeIf(x -> imported.contains(x.getLandClass()));
            study().getCarbonDensities().addAll(rows);
        }));
        return null;
    }

    void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        form.setText(editor.heading(DensityMessages.page));
        addable.clear();
        List<String> has = study().getCarbonDensities().stream().map(CarbonDensity::getLandClass).toList();
        if (study().getLandClassSystem() != null) {
            for (LandClass c : study().getLandClassSystem().getClasses()) {
                if (!has.contains(c.getId())) {
                    addable.add(c.getId());
                }
            }
        }
        classes.setItems(addable.stream().map(this::label).toArray(String[]::new));
        if (!addable.isEmpty()) {
            classes.select(0);
        }
        add.setEnabled(!addable.isEmpty());
        viewer.setInput(study().getCarbonDensities().toArray());
        remove.setEnabled(selected() != null);
        List<String> problems = StudyDensities.problems(study()); // the errors; warnings are markers in the Problems view
        if (form.getMessage() == null || form.getMessageType() != IMessageProvider.ERROR) {
            form.setMessage(problems.isEmpty() ? null : String.join("; ", problems), problems.isEmpty() ? IMessageProvider.NONE
                    : IMessageProvider.WARNING);
        }
    }

    /** Selects the row of a land class (a problem marker about it was opened). */
    void select(String landClass) {
        study().getCarbonDensities().stream().filter(d -> landClass.equals(d.getLandClass())).findFirst()
                .ifPresent(d -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(d), true));
    }

    TableViewer viewer() {
        return viewer;
    }

    String message() {
        return form.getMessage();
    }
}
