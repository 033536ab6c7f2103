package org.landcarbon.ui.internal.wizards;

import java.util.IntSummaryStatistics;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.landcarbon.io.ImportPreview;
import org.landcarbon.io.RangeChange;
import org.landcarbon.io.ValueChange;
import org.landcarbon.model.Uncertainty;
import org.landcarbon.model.study.UncertaintyColumns;

/**
 * The series ranges an import would set (docs/import-export.md, "Ranges"): series, the years the file gives it,
 * distribution, parameters (percent of each value) and source, so the user sees them before the study exists.
 */
final class ImportRangesTable {

    private final Table table;

    ImportRangesTable(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = { Messages.rangeSeries, Messages.rangeYears, Messages.rangeDistribution, Messages.rangeParameters,
                Messages.rangeSource };
        int[] widths = { 120, 80, 100, 140, 260 };
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
    }

    Table control() {
        return table;
    }

    void clear() {
        table.removeAll();
    }

    void show(ImportPreview preview) {
        clear();
        for (RangeChange r : preview.ranges()) {
            new TableItem(table, SWT.NONE).setText(row(r, preview));
        }
    }

    /** The cells of one range; the years are those the file gives values for (the range holds for all of them). */
    static String[] row(RangeChange r, ImportPreview preview) {
        IntSummaryStatistics years = preview.changes().stream().filter(c -> c.seriesId().equals(r.seriesId()))
                .mapToInt(ValueChange::year).summaryStatistics();
        String span = years.getCount() == 0 ? Messages.rangeOnly
                : years.getMin() == years.getMax() ? Integer.toString(years.getMin()) : years.getMin() + "-" + years.getMax();
        Uncertainty bare = EcoreUtil.copy(r.range());
        bare.setSource(null);
        // a new study has no range yet, so nothing is replaced
        return new String[] { r.seriesId(), span, r.range().getDistribution(), UncertaintyColumns.describe(bare, true),
                r.range().getSource() == null ? "" : r.range().getSource() };
    }

    String[][] rows() {
        String[][] out = new String[table.getItemCount()][];
        for (int i = 0; i < out.length; i++) {
            TableItem item = table.getItem(i);
            out[i] = new String[table.getColumnCount()];
            for (int c = 0; c < out[i].length; c++) {
                out[i][c] = item.getText(c);
            }
        }
        return out;
    }
}
