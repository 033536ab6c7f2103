package org.landcarbon.ui.charts.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.landcarbon.model.Study;
import org.landcarbon.ui.ActiveStudyRegion;

/**
 * What every chart view of the active study shares: a message or the charts (a stack), recomputed in the
 * background on a copy of the study after every edit (the newest edit wins), export actions in the view menu.
 * The copy is the region chosen in the Project Explorer, if any ({@link ActiveStudyRegion}), whose path is the
 * part's description.
 * A subclass builds its charts, computes its result from the copy and draws it.
 *
 * @param <T> what the background computation returns
 */
abstract class StudyChartView<T> extends ViewPart {

    private final LatestComputation<T> computation;
    private Composite stack;
    private StackLayout layout;
    private Label message;
    private Control charts;
    private ActiveStudyRegion active;
    /** The region path of the current computation, null for the whole study. */
    private String region;

    StudyChartView(String jobName) {
        this.computation = new LatestComputation<>(jobName);
    }

    /** The charts, children of {@code parent}. */
    abstract Control createCharts(Composite parent);

    /** The message while no study editor is active. */
    abstract String noStudy();

    /** The message when the computation returns nothing and gives no reason; names {@link #whom()}. */
    abstract String noResult();

    /** "This study", or the region path ("Guizhou › Zunyi") when a region is chosen: the subject of messages. */
    final String whom() {
        return region != null ? region : Messages.thisStudy;
    }

    /** The chosen region's path, null for the whole study (for tests). */
    public final String region() {
        return region;
    }

    /** Runs in a job, on a copy of the study; null means "nothing to show" ({@link #noResult}). */
    abstract T compute(Study copy) throws Exception;

    /** Draws a result on the UI thread; false when there is nothing to draw after all (then {@link #noResult} shows). */
    abstract boolean draw(T result);

    @Override
    public final void createPartControl(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        layout = new StackLayout();
        stack.setLayout(layout);
        message = new Label(stack, SWT.WRAP);
        charts = createCharts(stack);
        active = new ActiveStudyRegion(getSite().getPage(), this::update);
        active.start();
    }

    /** Adds "Export as PNG..." and "Export as SVG..." to the view menu. */
    final void addExports(java.util.function.Consumer<Boolean> export) {
        getViewSite().getActionBars().getMenuManager().add(new Action(Messages.exportPng) {
            @Override
            public void run() {
                export.accept(true);
            }
        });
        getViewSite().getActionBars().getMenuManager().add(new Action(Messages.exportSvg) {
            @Override
            public void run() {
                export.accept(false);
            }
        });
    }

    /** Computes again, as after an edit (a choice of the view that changes the result, e.g. its unit). */
    final void recompute() {
        update();
    }

    private void update() {
        if (stack == null || stack.isDisposed()) {
            return;
        }
        computation.cancel();
        region = active.path();
        setContentDescription(active.description());
        if (active.editor() == null) {
            show(null, noStudy());
            return;
        }
        Study copy = active.copy();
        computation.start(stack, () -> compute(copy), noResult(), this::show);
    }

    /** Called when there is no result to show (no study, or the computation gave none), before the message shows. */
    void cleared() {
    }

    /** Shows a result, or the message when there is none. */
    final void show(T next, String otherwise) {
        if (stack.isDisposed()) {
            return;
        }
        if (next != null && draw(next)) {
            layout.topControl = charts;
        } else {
            cleared();
            message.setText(next != null ? noResult() : otherwise == null ? "" : otherwise);
            layout.topControl = message;
        }
        stack.layout();
    }

    /** The message shown instead of the charts, null while the charts show (for tests). */
    public final String message() {
        return layout.topControl == message ? message.getText() : null;
    }

    /** True when nothing is computing or waiting to compute (tests wait for this). */
    public boolean idle() {
        return computation.idle();
    }

    @Override
    public void setFocus() {
        stack.setFocus();
    }

    @Override
    public void dispose() {
        if (active != null) {
            active.dispose();
        }
        computation.cancel();
        super.dispose();
    }
}
