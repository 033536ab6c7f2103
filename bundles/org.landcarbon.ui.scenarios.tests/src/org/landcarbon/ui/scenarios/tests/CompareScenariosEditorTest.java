package org.landcarbon.ui.scenarios.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ComparisonSettings;
import org.landcarbon.scenarios.ComparisonTables;
import org.landcarbon.scenarios.KeyFigures;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.landcarbon.scenarios.ScenarioComparer;
import org.landcarbon.scenarios.ScenarioComparer.ScenarioRef;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.ui.Services;
import org.landcarbon.ui.scenarios.ScenarioComparisonInput;
import org.landcarbon.ui.scenarios.internal.CompareScenariosEditor;
import org.landcarbon.ui.scenarios.internal.CompareScenariosHandler;
import org.landcarbon.ui.scenarios.internal.ScenarioComparisonInputFactory;
import org.landcarbon.ui.scenarios.internal.ComparisonExport;

/**
 * The compare editor in the real workbench on the Guizhou sample's three scenarios: the key figures
 * it shows are the engine's, rounded as {@code landcarbon compare} prints them; it follows an edit of
 * a scenario made in the study editor, and its undo; the export writes the CLI's CSV and the charts.
 */
class CompareScenariosEditorTest {

    private static final String SAMPLE = "samples/guizhou-2005-2019.landcarbon";

    private IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void showsTheEnginesKeyFiguresForTheGuizhouScenarios() throws Exception {
        IFile file = sample("compare-figures");
        CompareScenariosEditor editor = open(file);
        assertNull(editor.session().error(), editor.statusText());

        Comparison engine = engine(file);
        List<String[]> rows = editor.keyFigureRows();
        assertEquals(3, rows.size());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(expectedRow(engine.results().get(i)), rows.get(i), "row " + i);
        }
        // The figures `landcarbon compare` prints for the sample (docs/scenarios.md), 10^4 t C.
        assertArrayEquals(new String[] { "Natural development *", "none to 2060", "10602.38", "64563.56", "6545.82", "10602.38", "-" },
                rows.get(0));
        assertArrayEquals(new String[] { "Ecological protection *", "2030", "5711.47", "59558.53", "5711.47", "5317.32", "-" },
                rows.get(1));
        assertArrayEquals(new String[] { "Economic development *", "none to 2060", "13565.02", "69332.68", "7340.67", "13565.02", "-" },
                rows.get(2));

        // The title and heading name the scenarios and the horizon they are compared over, not the study's historical period.
        String span = engine.years().first() + "\u2013" + engine.years().last();
        assertTrue(engine.years().last() >= 2060, span);
        assertEquals("Compare: Natural development, Ecological protection, Economic development (" + span + ")", editor.getPartName());
        assertTrue(editor.headingShown().startsWith("Scenarios Natural development, Ecological protection, Economic development of ")
                && editor.headingShown().contains(", " + span + ": net emission in 10\u2074 t C")
                && !editor.headingShown().contains("2005-2019"), editor.headingShown());
        List<String> header = editor.keyFigureHeader();
        assertTrue(header.get(header.size() - 1).startsWith("First year net emission < "), header.toString());

        Shell shell = editor.getSite().getShell();
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        File png = screenshot(shell, "compare-scenarios");
        assertTrue(png.length() > 20_000, "screenshot written: " + png);
        editor.showTab(1);
        assertTrue(screenshot(shell, "compare-scenarios-sources-sinks").length() > 20_000);
        editor.showTab(2);
        assertTrue(screenshot(shell, "compare-scenarios-differences").length() > 10_000);
        editor.showTab(0);
        // Units typeset on the charts and captions of every tab (issue 18): 10⁴ t C, not 10^4 t C.
        List<String> texts = editor.chartTexts();
        assertTrue(texts.get(2).contains("10\u2074 t C"), "net chart's y axis: " + texts.get(2));
        assertTrue(texts.stream().noneMatch(t -> t.contains("^") || t.contains("CO2") || t.matches("(?s).*\\b(hm|km)2\\b.*")),
                texts.toString());
    }

    @Test
    void followsAnEditOfAScenarioInTheStudyEditorAndItsUndo() throws Exception {
        IFile file = sample("compare-live");
        IEditorPart studyEditor = IDE.openEditor(page(), file, true);
        CompareScenariosEditor editor = open(file);
        Study study = ((org.landcarbon.ui.IStudyEditor) studyEditor).study();
        Scenario ecological = study.getScenarios().get(1);
        assertEquals("Ecological protection", ecological.getName());
        assertEquals("5317.32", editor.keyFigureRows().get(1)[5], "net 2060 before the edit");

        // The user shortens the ecological scenario's horizon to 2050 in the study editor.
        EditingDomain domain = ((IEditingDomainProvider) studyEditor).getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, ecological, LandCarbonPackage.Literals.SCENARIO__HORIZON_YEAR, 2050));
        Display display = editor.getSite().getShell().getDisplay();
        assertTrue(until(display, 10_000, () -> "-".equals(editor.keyFigureRows().get(1)[5])), "net 2060 gone after the edit");
        ScenarioResult changed = editor.session().comparison().results().get(1);
        assertEquals(2050, changed.account().net().lastYear());
        // The other scenarios were not recomputed: the very same results.
        Comparison engineAfter = engine(study);
        assertArrayEquals(expectedRow(engineAfter.results().get(1)), editor.keyFigureRows().get(1));
        assertTrue(editor.statusText().contains("Ecological protection"), editor.statusText());

        domain.getCommandStack().undo();
        assertTrue(until(display, 10_000, () -> "5317.32".equals(editor.keyFigureRows().get(1)[5])), "back after undo");
        ((org.eclipse.ui.IEditorPart) studyEditor).doSave(null);
    }

    @Test
    void exportsTheTablesAsTheCommandLineWritesThemAndTheChartsAsPngAndSvg(@TempDir Path dir) throws Exception {
        IFile file = sample("compare-export");
        CompareScenariosEditor editor = open(file);
        List<Path> files = ComparisonExport.write(editor.session(), dir);
        Comparison engine = engine(file);
        StringWriter expected = new StringWriter();
        ComparisonTables.writeCsv(ComparisonTables.keyFigures(engine), expected);
        assertEquals(expected.toString(), Files.readString(dir.resolve("key-figures.csv"), StandardCharsets.UTF_8));
        StringWriter years = new StringWriter();
        ComparisonTables.writeCsv(ComparisonTables.netByYear(engine), years);
        assertEquals(years.toString(), Files.readString(dir.resolve("net-emission-by-year.csv"), StandardCharsets.UTF_8));
        assertTrue(Files.exists(dir.resolve("difference-ecological-protection-vs-natural-development.csv")), files.toString());
        assertTrue(Files.size(dir.resolve("key-figures.xlsx")) > 0 && Files.size(dir.resolve("net-emission-by-year.xlsx")) > 0,
                files.toString());
        assertTrue(Files.size(dir.resolve("net-emission.png")) > 20_000);
        String svg = Files.readString(dir.resolve("net-emission.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("peak 2030: 5711.47"), "the ecological peak is marked in the SVG");
        assertTrue(svg.contains("Natural development * (no peak before 2060)"), "legend says there is no peak");
        assertEquals(3, svg.split("<polyline").length - 1, "one path per scenario");
        assertTrue(Files.size(dir.resolve("sources-sinks-economic-development.png")) > 10_000);
        File shots = new File(System.getProperty("landcarbon.screenshots", "target/screenshots"));
        shots.mkdirs();
        Files.copy(dir.resolve("net-emission.png"), shots.toPath().resolve("export-net-emission.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("sources-sinks-ecological-protection.png"), shots.toPath().resolve("export-sources-sinks.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void comparesScenariosOfTwoStudiesAndTellsWhichStudyEachComesFrom() throws Exception {
        IFile a = sample("compare-study-a");
        IFile b = sample("compare-study-b");
        List<ScenarioComparisonInput.Entry> entries = List.of(new ScenarioComparisonInput.Entry(a, "Natural development"),
                new ScenarioComparisonInput.Entry(b, "Ecological protection"));
        CompareScenariosEditor editor = (CompareScenariosEditor) page().openEditor(new ScenarioComparisonInput(entries, null),
                CompareScenariosEditor.ID);
        assertNull(editor.session().error(), editor.statusText());
        List<String[]> rows = editor.keyFigureRows();
        assertEquals(2, rows.size());
        assertEquals("Guizhou 2005-2019 / Natural development *", rows.get(0)[0]);
        assertEquals("Guizhou 2005-2019 / Ecological protection *", rows.get(1)[0]);
        // Each study's figures are its own: the same as when compared within one study.
        assertEquals("64563.56", rows.get(0)[3]);
        assertEquals("2030", rows.get(1)[1]);
        assertEquals("59558.53", rows.get(1)[3]);
    }

    @Test
    void theInputIsRestoredAfterARestart() throws Exception {
        IFile a = sample("compare-restore");
        ScenarioComparisonInput input = new ScenarioComparisonInput(List.of(new ScenarioComparisonInput.Entry(a, "Natural development"),
                new ScenarioComparisonInput.Entry(a, "Economic development")), "Economic development");
        org.eclipse.ui.XMLMemento memento = org.eclipse.ui.XMLMemento.createWriteRoot("editor");
        input.getPersistable().saveState(memento);
        assertEquals(ScenarioComparisonInputFactory.ID, input.getPersistable().getFactoryId());
        ScenarioComparisonInput restored = (ScenarioComparisonInput) new ScenarioComparisonInputFactory().createElement(memento);
        assertEquals(input, restored);
        assertEquals("Economic development", restored.reference());
    }

    @Test
    void theCommandTakesTheSelectedStudyFilesOnly() throws Exception {
        IFile a = sample("compare-select");
        IFile other = a.getProject().getFile("notes.txt");
        if (!other.exists()) {
            other.create(new java.io.ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)), true, null);
        }
        List<IFile> files = CompareScenariosHandler.files(new org.eclipse.jface.viewers.StructuredSelection(List.of(other, a, a)), null);
        assertEquals(List.of(a), files);
    }

    // ---- helpers

    /** The row the editor should show for a result: the CLI's rounding (half up, the study's 2 decimals). */
    private static String[] expectedRow(ScenarioResult r) {
        KeyFigures k = r.figures();
        List<String> row = new ArrayList<>();
        row.add(r.label() + (r.illustrative() ? " *" : ""));
        row.add(k.peak().reached() ? String.valueOf(k.peak().year()) : "none to " + k.peak().year());
        row.add(round(k.peak().value()));
        row.add(k.cumulative() == null ? "-" : round(k.cumulative()));
        for (int y : List.of(2030, 2060)) {
            OptionalDouble v = Comparison.net(r, y);
            row.add(v.isPresent() ? round(v.getAsDouble()) : "-");
        }
        row.add(k.belowYear().isPresent() ? String.valueOf(k.belowYear().getAsInt()) : "-");
        return row.toArray(String[]::new);
    }

    private static String round(double v) {
        return new java.math.BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static Comparison engine(IFile file) throws Exception {
        return engine(StudyFiles.load(file.getLocation().toPath()));
    }

    private static Comparison engine(Study study) throws Exception {
        ScenarioComparer comparer = new ScenarioComparer(new ScenarioProjector(Services.get(ProjectionMethodRegistry.class).snapshot()),
                Services.get(ScenarioAccounting.class));
        List<ScenarioRef> refs = study.getScenarios().stream().map(s -> new ScenarioRef(study, s)).toList();
        return comparer.compare(refs, null, ComparisonSettings.defaults());
    }

    private CompareScenariosEditor open(IFile file) throws Exception {
        Study study = StudyFiles.load(file.getLocation().toPath());
        List<ScenarioComparisonInput.Entry> entries = study.getScenarios().stream()
                .map(s -> new ScenarioComparisonInput.Entry(file, s.getName())).toList();
        assertEquals(3, entries.size(), "the sample ships three scenarios");
        CompareScenariosEditor editor = (CompareScenariosEditor) page().openEditor(new ScenarioComparisonInput(entries, null),
                CompareScenariosEditor.ID);
        Display display = editor.getSite().getShell().getDisplay();
        assertTrue(until(display, 20_000, () -> editor.session().comparison() != null || editor.session().error() != null));
        assertNotNull(editor.session().comparison(), editor.statusText());
        return editor;
    }

    private static IFile sample(String projectName) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("guizhou-2005-2019.landcarbon");
        URL url = Platform.getBundle("org.landcarbon.model").getEntry(SAMPLE);
        assertNotNull(url, SAMPLE + " in org.landcarbon.model");
        try (InputStream in = url.openStream()) {
            if (file.exists()) {
                file.setContents(in, true, false, null);
            } else {
                file.create(in, true, null);
            }
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }

    static boolean until(Display display, long timeoutMillis, java.util.function.BooleanSupplier condition) {
        long end = System.currentTimeMillis() + timeoutMillis;
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

    /** What the window shows, as a PNG under target/screenshots for a person to look at. */
    static File screenshot(Shell shell, String name) {
        return org.landcarbon.ui.testsupport.Screenshots.take(shell, name);
    }
}
