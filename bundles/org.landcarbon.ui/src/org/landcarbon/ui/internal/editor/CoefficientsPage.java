package org.landcarbon.ui.internal.editor;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.landcarbon.model.Coefficient;
import org.landcarbon.model.CoefficientSet;
import org.landcarbon.ui.StudyCoefficients;

/**
 * The coefficients a study uses, each with its unit and source: the chosen set's entries and the
 * study's own overrides (bold, with the value they replace). A value without a source is flagged.
 */
final class CoefficientsPage extends StudyFormPage {

    private static final Color OVERRIDE = new Color(150, 60, 0);

    private TableViewer viewer;
    private Combo sets;
    private Button override;
    private Button removeOverride;

    CoefficientsPage(StudyEditor editor) {
        super(editor, StudyEditor.PAGE_COEFFICIENTS, Messages.pageCoefficients);
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        Composite body = body(managedForm, 4, false);

        toolkit.createLabel(body, Messages.fieldCoefficientSet);
        sets = new Combo(body, SWT.READ_ONLY);
        toolkit.adapt(sets, true, false);
        sets.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sets.addListener(SWT.Selection, e -> chooseSet());
        override = toolkit.createButton(body, Messages.buttonOverride, SWT.PUSH);
        override.addListener(SWT.Selection, e -> overrideSelected());
        removeOverride = toolkit.createButton(body, Messages.buttonRemoveOverride, SWT.PUSH);
        removeOverride.addListener(SWT.Selection, e -> removeSelectedOverride());

        var intro = toolkit.createLabel(body, Messages.pageCoefficientsIntro, SWT.WRAP);
        GridPage.wrapping(intro);
        ((GridData) intro.getLayoutData()).horizontalSpan = 4;

        Table table = toolkit.createTable(body, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        gd.heightHint = 200;
        gd.widthHint = 400;
        table.setLayoutData(gd);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(Messages.columnKey, 220, Coefficient::getKey, null);
        column(Messages.columnValue, 90, c -> CellValues.format(c.getValue()), (c, v) -> c.setValue(Double.parseDouble(v.strip())));
        column(Messages.columnUnit, 140, Coefficient::getUnit, null);
        column(Messages.columnSource, 320, Coefficient::getSource, Coefficient::setSource);
        column(Messages.columnNote, 260, Coefficient::getNote, Coefficient::setNote);
        viewer.addSelectionChangedListener(e -> updateButtons());
        getSite().setSelectionProvider(viewer);
        refresh();
    }

    private void column(String title, int width, Function<Coefficient, String> text, BiConsumer<Coefficient, String> apply) {
        TableColumns.add(viewer, Coefficient.class, title, width, text, style, apply == null ? null : (c, typed) -> edit(c, title, text, typed, apply));
    }

    /** Overrides in bold and brown, rows without a source in red; the tooltip tells the source and what an override replaced. */
    private final TableColumns.RowStyle<Coefficient> style = new TableColumns.RowStyle<>() {
        @Override
        public Font font(Coefficient c) {
            return isOverride(c) ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
        }

        @Override
        public Color foreground(Coefficient c) {
            if (c.getSource() == null || c.getSource().isBlank()) {
                return TableColumns.NO_SOURCE;
            }
            return isOverride(c) ? OVERRIDE : null;
        }

        @Override
        public String tooltip(Coefficient c) {
            return CoefficientsPage.this.tooltip(c);
        }
    };

    /** Applies a typed cell as one command; a value that is not a number is refused with the reason in the heading. */
    private void edit(Coefficient c, String title, Function<Coefficient, String> text, String typed, BiConsumer<Coefficient, String> apply) {
        String shown = text.apply(c);
        if (typed.equals(shown == null ? "" : shown)) {
            return;
        }
        if (title.equals(Messages.columnValue)) {
            try {
                Double.parseDouble(typed.strip());
            } catch (NumberFormatException e) {
                form.setMessage(NLS.bind(Messages.cellRefused, new Object[] { c.getKey(), title, NLS.bind(Messages.notANumber, typed) }),
                        IMessageProvider.ERROR);
                return;
            }
        }
        form.setMessage(null, IMessageProvider.NONE);
        editor.domain().getCommandStack().execute(new StudyChange(study(), NLS.bind(Messages.editField, c.getKey() + " " + title),
                () -> apply.accept(c, typed)));
    }

    private boolean isOverride(Object element) {
        return element instanceof Coefficient c && StudyCoefficients.isOverride(study(), c);
    }

    private String tooltip(Coefficient c) {
        String source = c.getSource() == null || c.getSource().isBlank() ? Messages.noSource : c.getSource();
        String tip = c.getKey() + " = " + CellValues.format(c.getValue()) + " " + (c.getUnit() == null ? "" : c.getUnit())
                + "\n" + NLS.bind(Messages.sourceIs, source);
        if (StudyCoefficients.isOverride(study(), c)) {
            Coefficient original = StudyCoefficients.overridden(study(), c);
            tip += "\n" + (original == null ? Messages.overrideNew
                    : NLS.bind(Messages.overrideOf, CellValues.format(original.getValue()), original.getSource()));
        }
        return tip;
    }

    private void chooseSet() {
        int i = sets.getSelectionIndex();
        if (i < 0 || i >= study().getCoefficientSets().size()) {
            return;
        }
        String id = study().getCoefficientSets().get(i).getId();
        if (!id.equals(study().getCoefficientSetId())) {
            editor.domain().getCommandStack().execute(new StudyChange(study(), Messages.chooseSetLabel,
                    () -> study().setCoefficientSetId(id)));
        }
    }

    private Coefficient selected() {
        Object o = viewer.getStructuredSelection().getFirstElement();
        return o instanceof Coefficient c ? c : null;
    }

    private void overrideSelected() {
        Coefficient c = selected();
        if (c == null || StudyCoefficients.isOverride(study(), c)) {
            return;
        }
        Coefficient copy = EcoreUtil.copy(c);
        copy.setSource(null);
        copy.setNote(NLS.bind(Messages.overrideNote, CellValues.format(c.getValue())));
        editor.domain().getCommandStack().execute(new StudyChange(study(), NLS.bind(Messages.overrideLabel, c.getKey()),
                () -> study().getCoefficientOverrides().add(copy)));
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(copy), true);
    }

    private void removeSelectedOverride() {
        Coefficient c = selected();
        if (c == null || !StudyCoefficients.isOverride(study(), c)) {
            return;
        }
        editor.domain().getCommandStack().execute(new StudyChange(study(), NLS.bind(Messages.removeOverrideLabel, c.getKey()),
                () -> study().getCoefficientOverrides().remove(c)));
    }

    private void updateButtons() {
        Coefficient c = selected();
        override.setEnabled(c != null && !StudyCoefficients.isOverride(study(), c));
        removeOverride.setEnabled(c != null && StudyCoefficients.isOverride(study(), c));
    }

    void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        form.setText(editor.heading(Messages.pageCoefficients));
        List<CoefficientSet> all = study().getCoefficientSets();
        String[] names = all.stream().map(s -> s.getName() + (s.getVersion() == null ? "" : " " + s.getVersion()))
                .toArray(String[]::new);
        sets.setItems(names);
        CoefficientSet active = StudyCoefficients.activeSet(study());
        if (active != null) {
            sets.select(all.indexOf(active));
        }
        viewer.setInput(StudyCoefficients.effective(study()).toArray());
        updateButtons();
    }

    TableViewer viewer() {
        return viewer;
    }
}
