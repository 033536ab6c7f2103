package org.landcarbon.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.landcarbon.ui.tests.TestStudies;

/**
 * A long session: 2,000 cycles of edit, recompute (the editor's pages and change listeners) and undo
 * must not grow the SWT resources or the heap after garbage collection.
 */
class LongSessionTest {

    private static final int CYCLES = 2000;

    @Test
    void twoThousandEditUndoCyclesDoNotLeak() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.guizhouFromTables("LongSession", "guizhou-long.landcarbon");
        StudyEditor editor = (StudyEditor) IDE.openEditor(page, file, StudyEditor.ID, true);
        editor.showPage(StudyEditor.PAGE_AREAS);
        GridPage areas = editor.activeGrid();
        int forest = StudyEditorTest.columnIndex(areas, "Forest");
        int[] recomputes = { 0 };
        Runnable listener = () -> recomputes[0]++;
        editor.addChangeListener(listener);

        cycles(areas, editor, display, forest, 200); // warm up caches, JIT, fonts
        long objectsBefore = deviceObjects(display);
        int widgetsBefore = widgets(page.getWorkbenchWindow().getShell());
        long heapBefore = heapAfterGc();
        int recomputesBefore = recomputes[0];

        long t0 = System.nanoTime();
        cycles(areas, editor, display, forest, CYCLES);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        long objectsAfter = deviceObjects(display);
        int widgetsAfter = widgets(page.getWorkbenchWindow().getShell());
        long heapAfter = heapAfterGc();
        editor.removeChangeListener(listener);
        page.closeAllEditors(false);

        String report = String.format(
                "long session: %d edit/recompute/undo cycles in %d ms; SWT device objects %d -> %d (tracking %s); "
                        + "widgets %d -> %d; heap after GC %.1f MB -> %.1f MB; recomputes %d; "
                        + "per cycle: edit %.2f ms, undo %.2f ms, event loop %.2f ms",
                CYCLES, millis, objectsBefore, objectsAfter, objectsBefore < 0 ? "off" : "on", widgetsBefore, widgetsAfter,
                heapBefore / 1e6, heapAfter / 1e6, recomputes[0] - recomputesBefore,
                PHASES[0] / 1e6 / CYCLES, PHASES[1] / 1e6 / CYCLES, PHASES[2] / 1e6 / CYCLES);
        System.out.println(report);
        File dir = new File(System.getProperty("landcarbon.screenshots", "target/screenshots")).getParentFile();
        Files.writeString(new File(dir, "long-session.txt").toPath(), report + "\n");

        assertEquals(2 * CYCLES, recomputes[0] - recomputesBefore, "every edit and every undo recomputed");
        assertTrue(objectsBefore >= 0, "SWT resource tracking is on (tracing.options)");
        assertTrue(objectsAfter - objectsBefore <= 10, report);
        assertEquals(widgetsBefore, widgetsAfter, report);
        assertTrue(heapAfter - heapBefore < 8_000_000, report);
    }

    /** Nanoseconds spent editing, undoing and letting the event loop repaint, over all cycles. */
    private static final long[] PHASES = new long[3];

    private static void cycles(GridPage areas, StudyEditor editor, Display display, int column, int n) {
        java.util.Arrays.fill(PHASES, 0);
        for (int i = 0; i < n; i++) {
            int year = 2005 + i % 15;
            long t0 = System.nanoTime();
            assertTrue(areas.edit(year, column, Double.toString(500 + i % 97 + 0.25)));
            assertNotNull(areas.columns().get(column).cell(year).value());
            long t1 = System.nanoTime();
            editor.commandStack().undo();
            assertNull(areas.columns().get(column).cell(year).value());
            long t2 = System.nanoTime();
            while (display.readAndDispatch()) {
                // let the table repaint and run what the edit scheduled
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
