package org.landcarbon.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.DeviceData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.landcarbon.ui.internal.account.AccountView;
import org.landcarbon.ui.tests.TestStudies;
import org.landcarbon.ui.tests.UiWait;

/**
 * A long session: 2,000 cycles of edit, recompute (the editor's pages, its change listeners and the
 * account view's background computation) and undo must not grow the SWT resources or the heap after
 * garbage collection.
 */
class LongSessionTest {

    private static final int CYCLES = 2000;

    @Test
    void twoThousandEditUndoCyclesDoNotLeak() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.guizhouFromTables("LongSession", "guizhou-long.landcarbon", true);
        StudyEditor editor = (StudyEditor) IDE.openEditor(page, file, StudyEditor.ID, true);
        // The account view recomputes in the background after every change, as in a user's session.
        AccountView account = (AccountView) page.showView(AccountView.ID);
        page.activate(editor);
        assertTrue(UiWait.until(display, 20_000, () -> account.idle() && account.account() != null), "account computed");
        String published = account.cellText(2005, "forest");
        editor.showPage(StudyEditor.PAGE_AREAS);
        GridPage areas = editor.activeGrid();
        int forest = StudyEditorTest.columnIndex(areas, "Forest");
        int[] recomputes = { 0 };
        Runnable listener = () -> recomputes[0]++;
        editor.addChangeListener(listener);

        cycles(areas, editor, account, published, display, forest, 200); // warm up caches, JIT, fonts
        long objectsBefore = deviceObjects(display);
        int widgetsBefore = widgets(page.getWorkbenchWindow().getShell());
        long heapBefore = heapAfterGc();
        int recomputesBefore = recomputes[0];
        RECOMPUTES[0] = 0;

        long t0 = System.nanoTime();
        cycles(areas, editor, account, published, display, forest, CYCLES);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        long objectsAfter = deviceObjects(display);
        int widgetsAfter = widgets(page.getWorkbenchWindow().getShell());
        long heapAfter = heapAfterGc();
        editor.removeChangeListener(listener);
        page.closeAllEditors(false);
        page.hideView(account);

        String report = String.format(
                "long session: %d edit/recompute/undo cycles in %d ms; SWT device objects %d -> %d (tracking %s); "
                        + "widgets %d -> %d; heap after GC %.1f MB -> %.1f MB; recomputes %d (account view checked %d times); "
                        + "per cycle: edit %.2f ms, undo %.2f ms, event loop %.2f ms",
                CYCLES, millis, objectsBefore, objectsAfter, objectsBefore < 0 ? "off" : "on", widgetsBefore, widgetsAfter,
                heapBefore / 1e6, heapAfter / 1e6, recomputes[0] - recomputesBefore, RECOMPUTES[0],
                PHASES[0] / 1e6 / CYCLES, PHASES[1] / 1e6 / CYCLES, PHASES[2] / 1e6 / CYCLES);
        System.out.println(report);
        File dir = new File(System.getProperty("landcarbon.screenshots", "target/screenshots")).getParentFile();
        Files.writeString(new File(dir, "long-session.txt").toPath(), report + "\n");

        assertEquals(2 * CYCLES, recomputes[0] - recomputesBefore, "every edit and every undo recomputed");
        assertEquals(CYCLES / 25, RECOMPUTES[0]);
        assertTrue(objectsBefore >= 0, "SWT resource tracking is on (tracing.options)");
        assertTrue(objectsAfter - objectsBefore <= 10, report);
        assertEquals(widgetsBefore, widgetsAfter, report);
        assertTrue(heapAfter - heapBefore < 8_000_000, report);
    }

    /** Times the account view was waited for and checked. */
    private static final int[] RECOMPUTES = new int[1];

    /** Nanoseconds spent editing, undoing and letting the event loop repaint, over all cycles. */
    private static final long[] PHASES = new long[3];

    private static void cycles(GridPage areas, StudyEditor editor, AccountView account, String published, Display display,
            int column, int n) {
        java.util.Arrays.fill(PHASES, 0);
        for (int i = 0; i < n; i++) {
            int year = 2005 + i % 15;
            long t0 = System.nanoTime();
            Object before = areas.columns().get(column).cell(year).value();
            assertTrue(areas.edit(year, column, Double.toString(500 + i % 97 + 0.25)));
            assertEquals(500 + i % 97 + 0.25, areas.columns().get(column).cell(year).value());
            long t1 = System.nanoTime();
            editor.commandStack().undo();
            assertEquals(before, areas.columns().get(column).cell(year).value());
            long t2 = System.nanoTime();
            while (display.readAndDispatch()) {
                // let the table repaint and run what the edit scheduled
            }
            if (i % 25 == 24) {
                // A newer change cancels an older computation; after the undo the account is the published one again.
                assertTrue(UiWait.until(display, 20_000, () -> account.idle() && published.equals(account.cellText(2005, "forest"))),
                        "account recomputed after cycle " + i + ": " + account.cellText(2005, "forest"));
                RECOMPUTES[0]++;
            }
            PHASES[0] += t1 - t0;
            PHASES[1] += t2 - t1;
            PHASES[2] += System.nanoTime() - t2;
        }
    }

    private static long deviceObjects(Display display) {
        DeviceData data = display.getDeviceData();
        return data.tracking && data.objects != null ? data.objects.length : -1;
    }

    private static int widgets(Control c) {
        int n = 1;
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                n += widgets(child);
            }
        }
        return n;
    }

    private static long heapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
