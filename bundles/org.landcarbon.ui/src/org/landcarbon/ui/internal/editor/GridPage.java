package org.landcarbon.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.ICellEditorListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.landcarbon.model.Region;
import org.landcarbon.model.Study;

/**
 * A page with a years-by-columns table (virtual, so thousands of cells stay fast). A cell edits in
 * place; what is refused says why in the page header; a block pasted from a spreadsheet lands as
 * one command; every value shows its provenance. The page shows the region chosen in the Project Explorer
 * ({@link StudyEditor#region()}): its own series, edited in place; the whole study when none is chosen.
 */
class GridPage extends FormPage {

    private final StudyEditor editor;
    private final String description;
    private final BiFunction<Study, Region, List<GridColumn>> columnFactory;
    private Label notice;
    private ScrolledForm form;
    private List<GridColumn> columns = List.of();
    private TableViewer viewer;
    private TableViewerFocusCellManager focus;
    private TextCellEditor cellEditor;

    GridPage(StudyEditor editor, String id, String title, String description,
            BiFunction<Study, Region, List<GridColumn>> columnFactory) {
        super(editor, id, title);
        this.editor = editor;
        this.description = description;
        this.columnFactory = columnFactory;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(editor.heading(getTitle()));
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));

        wrapping(toolkit.createLabel(body, description, SWT.WRAP));
        wrapping(toolkit.createLabel(body, Messages.provenanceLegend, SWT.WRAP));
        notice = toolkit.createLabel(body, "", SWT.WRAP);
        wrapping(notice);
        notice.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());

        Table table = toolkit.createTable(body, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 200;
        gd.widthHint = 400;
        table.setLayoutData(gd);

        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
        focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
                return e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || (e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (e.keyCode == SWT.F2 || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR));
            }
        };
        TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.TABBING_VERTICAL
                | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        cellEditor = new TextCellEditor(table);
        cellEditor.addListener(new ICellEditorListener() {
            @Override
            public void editorValueChanged(boolean oldValid, boolean newValid) {
                showError(cellEditor.getErrorMessage());
            }

            @Override
            public void cancelEditor() {
                showError(null);
            }

            @Override
            public void applyEditorValue() {
                // setValue below does the work
            }
        });
        getSite().setSelectionProvider(viewer);
        rebuild();
    }

    /** A wrapping label must not ask for its one-line width, else the form scrolls sideways. */
    static void wrapping(Label label) {
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.widthHint = 200;
        label.setLayoutData(gd);
    }

    /** Rebuilds the columns when the study's shape changed, else refreshes the values. */
    void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<GridColumn> now = columnFactory.apply(editor.study(), editor.region());
        if (!headers(now).equals(headers(columns))) {
            rebuild();
        } else {
            columns = now;
            Object[] years = years(editor.study(), columns).toArray();
            if (java.util.Arrays.equals(years, (Object[]) viewer.getInput())) {
                viewer.refresh();
            } else {
                viewer.setInput(years);
            }
        }
        showRegion();
    }

    /** The heading names the region shown; a region without values for this page says so (not an empty grid alone). */
    private void showRegion() {
        Region region = editor.region();
        String path = region == null ? null : org.landcarbon.ui.ActiveStudyRegion.path(region);
        form.setText(editor.heading(getTitle()) + (path == null ? "" : " \u2013 " + path));
        String text = "";
        if (path != null && columns.isEmpty()) {
            text = NLS.bind(Messages.noneOfTop, getTitle().toLowerCase(java.util.Locale.ROOT), path);
        } else if (path != null && years(editor.study(), columns).stream().noneMatch(y -> columns.stream().anyMatch(c -> c.cell(y).value() != null))) {
            text = NLS.bind(Messages.noSeriesFor, getTitle().toLowerCase(java.util.Locale.ROOT), path);
        } else if (path != null) {
            text = NLS.bind(Messages.regionSeries, path);
        }
        if (!text.equals(notice.getText())) {
            notice.setText(text);
            notice.getParent().layout(true);
        }
    }

    /** The region notice above the grid, "" for the whole study (for tests). */
    String notice() {
        return notice.getText();
    }

    private static List<String> headers(List<GridColumn> cols) {
        List<String> h = new ArrayList<>();
        for (GridColumn c : cols) {
            h.add(c.header() + "\u0000" + c.unit());
        }
        return h;
    }

    private void rebuild() {
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            while (table.getColumnCount() > 0) {
                table.getColumn(0).dispose();
            }
            columns = columnFactory.apply(editor.study(), editor.region());
            TableViewerColumn yearColumn = new TableViewerColumn(viewer, SWT.RIGHT);
            yearColumn.getColumn().setText(Messages.columnYear);
            yearColumn.getColumn().setWidth(64);
            yearColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return String.valueOf(element);
                }
            });
            for (int i = 0; i < columns.size(); i++) {
                addColumn(i);
            }
            viewer.setInput(years(editor.study(), columns).toArray());
        } finally {
            table.setRedraw(true);
        }
        showRegion();
    }

    private void addColumn(int index) {
        TableViewerColumn vc = new TableViewerColumn(viewer, SWT.RIGHT);
        vc.getColumn().setText(columns.get(index).header());
        vc.getColumn().setToolTipText(columns.get(index).header() + " [" + org.landcarbon.model.units.UnitText.unicode(columns.get(index).unit()) + "]");
        vc.getColumn().setWidth(Math.max(90, 9 * columns.get(index).header().length()));
        vc.getColumn().setMoveable(false);
        vc.setLabelProvider(new ColumnLabelProvider() {
            private GridColumn.Cell cell(Object year) {
                return column(index).cell((Integer) year);
            }

            @Override
            public String getText(Object year) {
                GridColumn.Cell c = cell(year);
                return c.value() == null ? "\u2013" : CellValues.display(c.value());
            }

            @Override
            public Color getForeground(Object year) {
                GridColumn.Cell c = cell(year);
                return c.value() == null ? ProvenanceStyle.missing() : ProvenanceStyle.foreground(c.provenance());
            }

            @Override
            public Font getFont(Object year) {
                return ProvenanceStyle.font(cell(year).provenance());
            }

            @Override
            public String getToolTipText(Object year) {
                GridColumn col = column(index);
                return ProvenanceStyle.tooltip(cell(year), col.header(), col.unit(), (Integer) year);
            }
        });
        vc.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                GridColumn col = column(index);
                cellEditor.setValidator(value -> CellValues.parse((String) value, col).error());
                return cellEditor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object year) {
                return CellValues.format(column(index).cell((Integer) year).value());
            }

            @Override
            protected void setValue(Object year, Object value) {
                edit((Integer) year, index, (String) value);
            }
        });
    }

    private GridColumn column(int index) {
        return columns.get(index);
    }

    /** Sets one cell from text as the user typed it; false (and the reason in the header) when refused. */
    boolean edit(int year, int columnIndex, String text) {
        GridColumn col = column(columnIndex);
        CellValues.Parsed parsed = CellValues.parse(text, col);
        if (!parsed.ok()) {
            showError(NLS.bind(Messages.cellRefused, new Object[] { col.header(), year, parsed.error() }));
            return false;
        }
        showError(null);
        Command command = col.set(editor.domain(), year, parsed.value());
        if (command != null) {
            editor.domain().getCommandStack().execute(command);
        }
        return true;
    }

    /**
     * Pastes tab-separated rows at the focused cell as one command. Every cell is checked first: one
     * refused cell refuses the whole block, with its row, column and reason.
     */
    boolean paste(String text) {
        ViewerCell at = focus.getFocusCell();
        Object[] years = (Object[]) viewer.getInput();
        int row = at == null ? viewer.getTable().getSelectionIndex() : viewer.getTable().indexOf((org.eclipse.swt.widgets.TableItem) at.getItem());
        int col = at == null ? 0 : Math.max(0, at.getColumnIndex() - 1);
        if (row < 0) {
            row = 0;
        }
        List<String[]> lines = new ArrayList<>();
        for (String line : text.split("\r?\n|\r")) {
            lines.add(line.split("\t", -1));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).length == 1 && lines.get(lines.size() - 1)[0].isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            return false;
        }
        record Edit(GridColumn column, int year, Double value) {
        }
        List<Edit> edits = new ArrayList<>();
        for (int r = 0; r < lines.size(); r++) {
            String[] cells = lines.get(r);
            if (row + r >= years.length) {
                showError(NLS.bind(Messages.pasteTooManyRows, lines.size(), years.length - row));
                return false;
            }
            int year = (Integer) years[row + r];
            for (int c = 0; c < cells.length; c++) {
                if (col + c >= columns.size()) {
                    showError(NLS.bind(Messages.pasteTooManyColumns, cells.length, columns.size() - col));
                    return false;
                }
                GridColumn gc = columns.get(col + c);
                CellValues.Parsed parsed = CellValues.parse(cells[c], gc);
                if (!parsed.ok()) {
                    showError(NLS.bind(Messages.pasteRefused,
                            new Object[] { r + 1, c + 1, gc.header(), year, parsed.error() }));
                    return false;
                }
                edits.add(new Edit(gc, year, parsed.value()));
            }
        }
        showError(null);
        int width = lines.stream().mapToInt(a -> a.length).max().orElse(0);
        editor.domain().getCommandStack().execute(new StudyChange(editor.study(),
                NLS.bind(Messages.pasteLabel, lines.size(), width), () -> {
                    for (Edit e : edits) {
                        e.column().apply(e.year(), e.value());
                    }
                }));
        return true;
    }

    /** The selected rows as tab-separated text with a header line, as spreadsheets paste it. */
    String copy() {
        StringBuilder b = new StringBuilder(Messages.columnYear);
        for (GridColumn c : columns) {
            b.append('\t').append(c.header());
        }
        b.append('\n');
        IStructuredSelection sel = viewer.getStructuredSelection();
        List<?> rows = sel.isEmpty() ? List.of((Object[]) viewer.getInput()) : sel.toList();
        for (Object year : rows) {
            b.append(year);
            for (GridColumn c : columns) {
                b.append('\t').append(CellValues.format(c.cell((Integer) year).value()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private void showError(String message) {
        ScrolledForm form = getManagedForm() == null ? null : getManagedForm().getForm();
        // Setting the header message lays out the whole form: only when it changes.
        if (form != null && !form.isDisposed() && !java.util.Objects.equals(form.getMessage(), message)) {
            form.setMessage(message, message == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
        }
    }

    /** The message in the page header (a refused value's reason), or null. */
    String message() {
        ScrolledForm form = getManagedForm() == null ? null : getManagedForm().getForm();
        return form == null ? null : form.getMessage();
    }

    /** Years shown: the study period and any other year a column has a value for. */
    static List<Integer> years(Study study, List<GridColumn> columns) {
        TreeSet<Integer> years = new TreeSet<>();
        if (study.getStartYear() > 0 && study.getEndYear() >= study.getStartYear()) {
            for (int y = study.getStartYear(); y <= study.getEndYear(); y++) {
                years.add(y);
            }
        }
        if (years.isEmpty()) {
            // A study without a period shows the years its data has.
            for (var s : study.getSeries()) {
                s.getValues().forEach(v -> years.add(v.getYear()));
            }
            study.getReportedValues().forEach(r -> years.add(r.getYear()));
        }
        return new ArrayList<>(years);
    }

    TableViewer viewer() {
        return viewer;
    }

    List<GridColumn> columns() {
        return columns;
    }

    /**
     * Puts the focus on a cell (the row of a year, a column index after the year column) the way a
     * click does: the focus cell manager follows mouse-down events on the table.
     */
    void focusCell(int year, int columnIndex) {
        Object[] years = (Object[]) viewer.getInput();
        for (int i = 0; i < years.length; i++) {
            if (years[i].equals(year)) {
                Table table = viewer.getTable();
                table.setFocus();
                table.setSelection(i);
                org.eclipse.swt.graphics.Rectangle r = table.getItem(i).getBounds(columnIndex + 1);
                org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
                e.x = r.x + r.width / 2;
                e.y = r.y + r.height / 2;
                e.button = 1;
                table.notifyListeners(SWT.MouseDown, e);
                table.notifyListeners(SWT.MouseUp, e);
                return;
            }
        }
    }

    boolean isEditing() {
        return viewer != null && viewer.isCellEditorActive();
    }
}
