package org.landcarbon.ui.internal.editor;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/** The columns of the editor's row tables (coefficients, carbon densities): a row's text, its style, in-place text editing. */
final class TableColumns {

    /** Rows without a source are drawn in this colour on every page. */
    static final Color NO_SOURCE = new Color(190, 0, 0);

    /** How a page draws its rows; null means the table's default. */
    interface RowStyle<T> {
        default Color foreground(T row) {
            return null;
        }

        default Font font(T row) {
            return null;
        }

        default String tooltip(T row) {
            return null;
        }
    }

    private TableColumns() {
    }

    /**
     * Adds a column; {@code edit} (null: read-only) gets the row and the typed text, and decides itself whether it
     * is refused or applied as a command.
     */
    static <T> void add(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text, RowStyle<T> style,
            BiConsumer<T, String> edit) {
        TableViewerColumn vc = new TableViewerColumn(viewer, SWT.LEFT);
        vc.getColumn().setText(title);
        vc.getColumn().setWidth(width);
        vc.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.apply(type.cast(element));
                return t == null ? "" : t;
            }

            @Override
            public Font getFont(Object element) {
                return style.font(type.cast(element));
            }

            @Override
            public Color getForeground(Object element) {
                return style.foreground(type.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                return style.tooltip(type.cast(element));
            }
        });
        if (edit == null) {
            return;
        }
        TextCellEditor cellEditor = new TextCellEditor(viewer.getTable());
        vc.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return cellEditor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                String t = text.apply(type.cast(element));
                return t == null ? "" : t;
            }

            @Override
            protected void setValue(Object element, Object value) {
                edit.accept(type.cast(element), (String) value);
            }
        });
    }
}
