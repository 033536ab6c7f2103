package org.landcarbon.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisRunner;
import org.landcarbon.analysis.study.StudyTables;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.KeyedValues;
import org.landcarbon.analysis.result.ResultItem;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Series;
import org.landcarbon.analysis.result.Text;
import org.landcarbon.analysis.result.TextMap;
import org.landcarbon.ui.analysis.internal.Analyses;
import org.landcarbon.ui.analysis.internal.AnalysesView;
import org.landcarbon.ui.analysis.internal.ResultEditor;
import org.landcarbon.ui.analysis.internal.ResultText;
import org.landcarbon.ui.analysis.internal.RunAnalysis;
import org.landcarbon.ui.analysis.internal.SettingsDialog;
import org.landcarbon.ui.analysis.internal.StudySelection;

/**
 * The Analyses view in the real workbench, on the sample studies the model bundle ships: GM(1,1) on
 * Guizhou's reported net emission, and the decoupling example plugin (which has no UI code) on the
 * Demo county sample. Every number the result editor shows is compared with the analysis' own result
 * for the same input and settings, run directly through the SPI.
 */
public class AnalysesViewTest {

    private static IFile guizhou;
    private static IFile demo;

    @BeforeAll
    static void samples() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("AnalysesViewTest");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        guizhou = copy(project, "guizhou-2005-2019.landcarbon");
        demo = copy(project, "demo-county.landcarbon");
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    private static IFile copy(IProject project, String name) throws Exception {
        IFile file = project.getFile(name);
        if (!file.exists()) {
            try (InputStream in = Platform.getBundle("org.landcarbon.model").getEntry("samples/" + name).openStream()) {
                file.create(in, true, null);
            }
        }
        return file;
    }

    private static AnalysesView showView() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        return (AnalysesView) page.showView(AnalysesView.ID);
    }

    private static List<String> shownIds(AnalysesView view) {
        List<String> ids = new ArrayList<>();
        for (TableItem item : view.viewer().getTable().getItems()) {
            ids.add(((Analysis<?>) item.getData()).descriptor().id());
        }
        return ids;
    }

    @Test
    void listsTheAnalysesThatSuitTheSelectedStudy() throws Exception {
        AnalysesView view = showView();
        view.select(StructuredSelection.EMPTY);
        view.select(new StructuredSelection(guizhou));
        List<String> ids = shownIds(view);
        assertTrue(ids.contains("grey.gm11"), ids.toString());
        assertTrue(ids.contains("decoupling.tapio"), "the example plugin is listed with no UI code of its own: " + ids);
        assertEquals(Analyses.all().size(), ids.size(), "Guizhou has many series: every analysis suits it");
        // Names follow the locale (the test runs in English).
        assertEquals(Analyses.name(Analyses.registry().find("grey.gm11").orElseThrow().descriptor()),
                view.viewer().getTable().getItem(ids.indexOf("grey.gm11")).getText(0));
    }

    @Test
    void followsPluginsThatComeAndGo() throws Exception {
        AnalysesView view = showView();
        view.select(new StructuredSelection(guizhou));
        Display display = Display.getCurrent();
        org.osgi.framework.Bundle plugin = Platform.getBundle("org.landcarbon.examples.decoupling");
        assertTrue(shownIds(view).contains("decoupling.tapio"));
        plugin.stop();
        try {
            assertTrue(until(display, 10_000, () -> !shownIds(view).contains("decoupling.tapio")),
                    "removed with its bundle: " + shownIds(view));
            assertTrue(shownIds(view).contains("grey.gm11"));
        } finally {
            plugin.start();
        }
        assertTrue(until(display, 10_000, () -> shownIds(view).contains("decoupling.tapio")), "back when it starts again");
    }

    @Test
    void settingsTypedAreKeptWhenTheDialogIsCancelledAndOpenedAgain() throws Exception {
        AnalysesView view = showView();
        view.select(new StructuredSelection(guizhou));
        StudySelection study = view.study();
        Analysis<?> gm11 = Analyses.registry().find("grey.gm11").orElseThrow();
        SettingsDialog.forgetTyped();
        SettingsDialog first = new SettingsDialog(view.getSite().getShell(), gm11, study);
        first.setBlockOnOpen(false);
        first.open();
        String defaultHorizon = first.chosenText("horizon");
        String typed = "7".equals(defaultHorizon) ? "8" : "7";
        first.type("horizon", typed);
        first.close(); // as Cancel or Escape does
        SettingsDialog again = new SettingsDialog(view.getSite().getShell(), gm11, study);
        again.setBlockOnOpen(false);
        again.open();
        assertEquals(typed, again.chosenText("horizon"), "what was typed is still there");
        again.close();
        SettingsDialog.forgetTyped();
        SettingsDialog fresh = new SettingsDialog(view.getSite().getShell(), gm11, study);
        fresh.setBlockOnOpen(false);
        fresh.open();
        assertEquals(defaultHorizon, fresh.chosenText("horizon"), "the defaults once forgotten");
        fresh.close();
    }

    @Test
    void gm11OnGuizhouNetShowsTheAnalysisOwnNumbers() throws Exception {
        AnalysesView view = showView();
        view.select(new StructuredSelection(guizhou));
        StudySelection study = view.study();
        Analysis<?> gm11 = Analyses.registry().find("grey.gm11").orElseThrow();
        SettingsDialog.forgetTyped();

        SettingsDialog dialog = new SettingsDialog(view.getSite().getShell(), gm11, study);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.chooseSeries(List.of("net"));
        // A bounded integer gets a spinner: it cannot leave its range (0 to 200).
        dialog.type("horizon", "500");
        assertEquals("200", dialog.chosenText("horizon"));
        dialog.type("horizon", "11");
        assertTrue(dialog.canFinish(), dialog.problem("horizon"));
        screenshot(dialog.getShell(), "analysis-settings-gm11");
        dialog.finish();
        assertEquals(List.of("net"), dialog.chosenSeries());

        ResultEditor editor = run(gm11, study, dialog.chosenSeries(), dialog.chosenSettings());
        AnalysisResult expected = AnalysisRunner.run(gm11, StudyTables.of(study.study(), guizhou.getName(), List.of("net")),
                dialog.chosenSettings());
        int compared = compareAll(editor, expected);
        assertTrue(compared > 20, "numbers compared: " + compared);
        assertFalse(editor.charts().isEmpty());
        assertTrue(editor.tsv().contains("\t" + ResultText.number(expected.scalar("a"))), "the copy holds a");
        screenshot(editor.getSite().getShell(), "analysis-workbench-gm11");
        showLarge(editor, "analysis-result-gm11");
    }

    @Test
    void decouplingPluginOnDemoCounty() throws Exception {
        AnalysesView view = showView();
        view.select(new StructuredSelection(demo));
        assertTrue(shownIds(view).contains("decoupling.tapio"), shownIds(view).toString());
        StudySelection study = view.study();
        Analysis<?> tapio = Analyses.registry().find("decoupling.tapio").orElseThrow();
        // The demo county has no emission series; its raw coal use against GDP is an energy decoupling.
        List<String> series = List.of("energy.raw_coal", "gdp.primary", "gdp.secondary", "gdp.tertiary");
        SettingsDialog dialog = new SettingsDialog(view.getSite().getShell(), tapio, study);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.chooseSeries(series);
        dialog.type("emission", "energy.raw_coal");
        dialog.type("gdp", "gdp.primary+gdp.secondary+gdp.tertiary");
        dialog.type("lower", "20");
        assertFalse(dialog.canFinish(), "a threshold beyond 10 is refused");
        assertTrue(dialog.problem("lower").contains("10"), "the message shows under the field: " + dialog.problem("lower"));
        dialog.type("lower", "0.8");
        assertTrue(dialog.canFinish(), dialog.problem("lower"));
        screenshot(dialog.getShell(), "analysis-settings-tapio");
        dialog.finish();

        ResultEditor editor = run(tapio, study, dialog.chosenSeries(), dialog.chosenSettings());
        AnalysisResult expected = AnalysisRunner.run(tapio, StudyTables.of(study.study(), demo.getName(), series),
                dialog.chosenSettings());
        int compared = compareAll(editor, expected);
        assertTrue(compared > 10, "numbers compared: " + compared);
        screenshot(editor.getSite().getShell(), "analysis-workbench-tapio");
        showLarge(editor, "analysis-result-tapio");
    }

    private static ResultEditor run(Analysis<?> analysis, StudySelection study, List<String> series, Map<String, String> settings)
            throws Exception {
        AtomicReference<ResultEditor> opened = new AtomicReference<>();
        Job job = RunAnalysis.schedule(analysis, study, series, settings, opened::set);
        Display display = Display.getCurrent();
        assertTrue(until(display, 30_000, () -> opened.get() != null || (job.getResult() != null && !job.getResult().isOK())),
                "the result editor opens");
        IStatus status = job.getResult();
        assertTrue(status == null || status.isOK(), String.valueOf(status));
        until(display, 500, () -> false);
        return opened.get();
    }

    /** Compares every number and word shown with the result's; returns how many numbers were compared. */
    private static int compareAll(ResultEditor editor, AnalysisResult expected) {
        int n = 0;
        for (ResultItem item : expected.items()) {
            Table table = editor.tableOf(item.key());
            assertNotNull(table, "shown: " + item.key());
            switch (item) {
                case Scalar s -> {
                    TableItem row = rowWithKey(table, s.key());
                    assertNumber(s.value(), row.getText(1), s.key());
                    assertEquals(org.landcarbon.model.units.UnitText.unicode(s.unit()), row.getText(2), "unit typeset");
                    n++;
                }
                case Text t -> assertEquals(t.text(), rowWithKey(table, t.key()).getText(1));
                case Series s -> {
                    int column = column(table, ResultText.header(s.label(), org.landcarbon.model.units.UnitText.unicode(s.unit())));
                    for (int i = 0; i < s.index().length; i++) {
                        TableItem row = rowWithFirst(table, Integer.toString(s.index()[i]));
                        assertNumber(s.values()[i], row.getText(column), s.key() + " at " + s.index()[i]);
                        n++;
                    }
                }
                case KeyedValues k -> {
                    for (int i = 0; i < k.keys().size(); i++) {
                        assertNumber(k.values()[i], rowWithFirst(table, k.keys().get(i)).getText(1), k.key() + " " + k.keys().get(i));
                        n++;
                    }
                }
                case TextMap m -> m.values().forEach((k, v) -> assertEquals(v, rowWithFirst(table, k).getText(1)));
                default -> {
                }
            }
        }
        return n;
    }

    private static void assertNumber(double expected, String shown, String what) {
        if (Double.isNaN(expected)) {
            assertEquals("-", shown, what);
            return;
        }
        double v = Double.parseDouble(shown);
        // Six significant digits are shown: the relative rounding error is at most 5e-6.
        assertEquals(expected, v, Math.abs(expected) * 5.1e-6 + 1e-12, what + " shown as " + shown);
    }

    private static TableItem rowWithKey(Table table, String key) {
        for (TableItem item : table.getItems()) {
            if (key.equals(item.getData("key"))) {
                return item;
            }
        }
        throw new AssertionError("no row for " + key);
    }

    private static TableItem rowWithFirst(Table table, String first) {
        for (TableItem item : table.getItems()) {
            if (first.equals(item.getText(0))) {
                return item;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static int column(Table table, String header) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (header.equals(table.getColumn(i).getText())) {
                return i;
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static boolean until(Display display, long millis, java.util.function.BooleanSupplier condition) {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return true;
    }

    /** The editor maximized in a full-screen window, for a person to look at the whole result. */
    private static void showLarge(ResultEditor editor, String name) {
        Shell shell = editor.getSite().getShell();
        Rectangle old = shell.getBounds();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
        IWorkbenchPage page = editor.getSite().getPage();
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        screenshot(shell, name);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        shell.setBounds(old);
    }

    private static void screenshot(Shell shell, String name) {
        org.landcarbon.ui.testsupport.Screenshots.take(shell, name);
    }
}
