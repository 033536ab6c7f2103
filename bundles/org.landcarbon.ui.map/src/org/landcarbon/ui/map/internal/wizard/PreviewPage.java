package org.landcarbon.ui.map.internal.wizard;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.landcarbon.io.ImportProblem;
import org.landcarbon.io.RegionImportPreview;
import org.landcarbon.spatial.GridGeometry;
import org.landcarbon.spatial.Region;
import org.landcarbon.spatial.SpatialException;
import org.landcarbon.spatial.ZonalCalculator;
import org.landcarbon.spatial.ZonalPreview;
import org.landcarbon.spatial.ZonalPreview.RasterSummary;
import org.landcarbon.spatial.study.RasterStudies;
import org.landcarbon.spatial.study.ZonalAreas;

/**
 * Page 2: the pixels summed in the wizard's progress part (Cancel stops it), then per raster its CRS, size,
 * coverage of the boundaries, nodata and unmapped codes, and the regions found. Unmapped codes, no overlap,
 * partial regions (unless allowed) and any problem of the region import block Finish.
 */
final class PreviewPage extends WizardPage {

    private Table table;
    private Label summary;
    private org.eclipse.swt.widgets.List lines;
    private Button allowPartial;
    private RasterInputs previewed;
    private ZonalPreview preview;
    private ZonalAreas.Plan plan;
    private boolean done;

    PreviewPage() {
        super("preview");
        setTitle(Messages.previewTitle);
        setDescription(Messages.previewDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        table = new Table(c, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, false);
        td.heightHint = 80;
        table.setLayoutData(td);
        String[] heads = { Messages.columnFile, Messages.columnYear, Messages.columnCrs, Messages.columnSize, Messages.columnCell,
                Messages.columnCovered, Messages.columnInside, Messages.columnNodata, Messages.columnUnmapped };
        int[] widths = { 150, 50, 85, 80, 110, 130, 100, 110, 170 };
        for (int i = 0; i < heads.length; i++) {
            TableColumn col = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            col.setText(heads[i]);
            col.setWidth(widths[i]);
        }
        summary = new Label(c, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false);
        sd.widthHint = 600;
        summary.setLayoutData(sd);
        allowPartial = new Button(c, SWT.CHECK);
        allowPartial.setText(Messages.allowPartial);
        allowPartial.addListener(SWT.Selection, e -> show());
        lines = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData ld = new GridData(SWT.FILL, SWT.FILL, true, true);
        ld.heightHint = 150;
        lines.setLayoutData(ld);
        setControl(c);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            // after the page switch: the wizard's progress part runs the preview in a worker thread
            getShell().getDisplay().asyncExec(() -> {
                if (!getControl().isDisposed()) {
                    runPreview();
                }
            });
        }
    }

    /** Sums the pixels for the first page's choices, unless they are the ones already previewed. */
    void runPreview() {
        RasterInputs in = ((RasterStudyWizard) getWizard()).inputs();
        if (in == null || (done && in.sameAs(previewed))) {
            return;
        }
        previewed = in;
        preview = null;
        plan = null;
        done = false;
        table.removeAll();
        lines.removeAll();
        summary.setText("");
        setErrorMessage(null);
        setPageComplete(false);
        ZonalPreview[] out = new ZonalPreview[1];
        String failure = null;
        try {
            getContainer().run(true, true, monitor -> out[0] = compute(in, monitor));
            preview = out[0];
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            failure = t instanceof CancellationException ? Messages.previewCancelled
                    : NLS.bind(Messages.previewFailed, t instanceof SpatialException ? t.getMessage() : String.valueOf(t));
        } catch (InterruptedException e) {
            failure = Messages.previewCancelled;
        }
        if (failure != null) {
            previewed = null; // run again when the page is shown again
            setErrorMessage(failure);
            lines.add(failure);
            done = true;
            return;
        }
        // once the dialog has re-enabled the page after its progress run: widgets filled before may stay unpainted
        getShell().getDisplay().asyncExec(() -> {
            if (!getControl().isDisposed()) {
                show();
            }
            done = true;
        });
    }

    private static ZonalPreview compute(RasterInputs in, IProgressMonitor monitor) {
        int n = in.rasters().size();
        monitor.beginTask(NLS.bind(Messages.previewRunning, n), 1000 * n);
        ZonalCalculator calc = new ZonalCalculator(Runtime.getRuntime().availableProcessors(), new ZonalCalculator.Monitor() {
            private double each, owed;

            @Override
            public synchronized void pass(int windows) {
                each = 1000.0 / Math.max(1, windows);
            }

            @Override
            public synchronized void windowDone() {
                owed += each;
                if (owed >= 1) {
                    monitor.worked((int) owed);
                    owed -= (int) owed;
                }
            }

            @Override
            public boolean cancelled() {
                return monitor.isCanceled();
            }
        });
        try {
            return ZonalPreview.compute(in.rasters(), in.boundaries(), in.idField(), in.nameField(), in.mapping(), calc);
        } finally {
            monitor.done();
        }
    }

    /** Shows the preview and decides whether Finish may be pressed. */
    private void show() {
        if (preview == null) {
            return;
        }
        RasterInputs in = previewed;
        table.removeAll();
        lines.removeAll();
        for (int k = 0; k < preview.rasters().size(); k++) {
            RasterSummary s = preview.rasters().get(k);
            GridGeometry g = s.grid();
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { s.file().getFileName().toString(), in.years().get(k).toString(), g.crs().toString(),
                    g.width() + " x " + g.height(), number(g.dx()) + " x " + number(g.dy()),
                    String.format(Locale.ROOT, "%.2f %%", 100 * (1 - s.outsideShare())), Long.toString(s.pixelsInside()),
                    Long.toString(s.nodataPixels()), s.unmappedCodes().isEmpty() ? Messages.none
                            : s.unmappedCodes().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + " px)").collect(Collectors.joining(", ")) });
        }
        List<String> problems = preview.problems(in.mapping().name());
        problems.forEach(lines::add);
        String error = null;
        if (!problems.isEmpty()) {
            error = problems.stream().anyMatch(p -> p.contains("codes not in the mapping")) ? Messages.unmappedError : problems.get(0);
            plan = null;
        } else {
            plan = ZonalAreas.plan(preview.result(), in.boundaries(), in.rasters(), in.years(), in.mapping(), allowPartial.getSelection());
            RegionImportPreview imp = RasterStudies.preview(template(in, "preview", ""), in.rasters().get(0), plan.areas());
            for (ImportProblem p : imp.problems()) {
                lines.add(p.toString());
            }
            if (imp.hasErrors()) {
                error = NLS.bind(Messages.importError, imp.errors().size());
            } else if (!plan.partial().isEmpty()) {
                error = NLS.bind(Messages.partialError, plan.partial().size());
            }
            // listed whether allowed or not: the user sees which areas cover only part of their region
            ZonalAreas.plan(preview.result(), in.boundaries(), in.rasters(), in.years(), in.mapping(), false).partial()
                    .forEach(p -> lines.add(NLS.bind(Messages.partialWarning, p)));
            summary.setText(NLS.bind(Messages.previewSummary, new Object[] { imp.changes().size(), imp.valuesPerRegion().size(),
                    in.years().size() }));
            if (error != null) {
                plan = null;
            }
        }
        lines.add(NLS.bind(Messages.regionsFound, new Object[] { preview.boundaries().regions().size(),
                in.boundaries().getFileName(), in.idField() }));
        for (Region r : preview.boundaries().regions()) {
            lines.add("  " + r.id() + (r.name().equals(r.id()) ? "" : " " + r.name()));
        }
        setErrorMessage(error);
        setPageComplete(error == null);
        getContainer().updateButtons();
        Reallocate.rows(getControl());
    }

    private static String number(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros().toPlainString();
    }

    /** The study the wizard creates, without values: the first to the last raster year. */
    static org.landcarbon.model.Study template(RasterInputs in, String name, String whole) {
        String files = in.rasters().stream().map(p -> p.getFileName() + " (" + in.years().get(in.rasters().indexOf(p)) + ")")
                .collect(Collectors.joining(", "));
        String source = NLS.bind(Messages.dataSource, new Object[] { files, in.boundaries().getFileName(), in.idField(), in.mapping().name() });
        return RasterStudies.template(name, whole, in.classSystem(), in.unit(), Collections.min(in.years()), Collections.max(in.years()),
                source);
    }

    /** The values to write, or null unless the preview of the current choices is clean. */
    ZonalAreas.Plan plan() {
        RasterInputs in = ((RasterStudyWizard) getWizard()).inputs();
        return in != null && in.sameAs(previewed) && isPageComplete() ? plan : null;
    }

    RasterInputs previewed() {
        return previewed;
    }

    ZonalPreview preview() {
        return preview;
    }

    boolean done() {
        return done;
    }

    String[] lines() {
        return lines.getItems();
    }

    String[][] rows() {
        List<String[]> out = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            String[] row = new String[table.getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = item.getText(i);
            }
            out.add(row);
        }
        return out.toArray(String[][]::new);
    }

    void allowPartial(boolean allow) {
        allowPartial.setSelection(allow);
        show();
    }
}
