package org.landcarbon.ui.internal.editor;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.model.ProvenanceKind;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.ui.internal.navigator.OpenStudyPartProvider;
import org.landcarbon.ui.internal.navigator.StudyPart;
import org.landcarbon.ui.tests.TestStudies;
import org.landcarbon.ui.tests.UiWait;

/**
 * The study in the Project Explorer and its editor, driven through the workbench API and SWT events
 * as a user would: open from the tree, type into a cell, undo with the workbench's Undo command,
 * paste a block from the clipboard, save.
 */
class StudyEditorTest {

    private IWorkbenchPage page;
    private Display display;
    private Shell shell;
    private IFile file;
    private static int counter;

    @BeforeEach
    void setUp() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        shell = page.getWorkbenchWindow().getShell();
        display = shell.getDisplay();
        // A file of its own per test: no test sees what another saved.
        file = TestStudies.guizhouFromTables("UiTest", "guizhou-ui-test-" + (++counter) + ".landcarbon");
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
    }

    private TreeViewer explorer() throws Exception {
        CommonNavigator nav = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        return nav.getCommonViewer();
    }

    private static List<String> labels(TreeItem[] items) {
        List<String> out = new ArrayList<>();
        for (TreeItem i : items) {
            out.add(i.getText());
        }
        return out;
    }

    private StudyEditor openFromExplorer(StudyPart.Kind group) throws Exception {
        TreeViewer tree = explorer();
        tree.refresh();
        tree.expandToLevel(file, 1);
        UiWait.processEvents(display, 200);
        Object[] parts = ((org.eclipse.jface.viewers.ITreeContentProvider) tree.getContentProvider()).getChildren(file);
        for (Object p : parts) {
            if (p instanceof StudyPart part && part.kind() == group) {
                return OpenStudyPartProvider.openPart(part);
            }
        }
        throw new AssertionError("no " + group + " node under " + file);
    }

    @Test
    void projectExplorerShowsTheStudysParts() throws Exception {
        TreeViewer tree = explorer();
        tree.refresh();
        tree.expandToLevel(file.getProject(), 1);
        tree.expandToLevel(file, 1);
        UiWait.processEvents(display, 300);
        TreeItem fileItem = null;
        for (TreeItem project : tree.getTree().getItems()) {
            if (project.getText().equals("UiTest")) {
                for (TreeItem child : project.getItems()) {
                    if (child.getText().startsWith(file.getName())) {
                        fileItem = child;
                    }
                }
            }
        }
        assertNotNull(fileItem, "study file in the tree: " + labels(tree.getTree().getItems()));
        assertEquals(List.of("Land classes (7)", "Series (0)", "Coefficients (29)", "Reported values (165)", "Scenarios (0)"),
                labels(fileItem.getItems()));
        tree.expandToLevel(fileItem.getItems()[0].getData(), 1);
        UiWait.processEvents(display, 200);
        List<String> classes = labels(fileItem.getItems()[0].getItems());
        assertEquals(7, classes.size(), classes.toString());
        assertEquals("Cropland (cropland) - source and sink", classes.get(0));
        tree.getTree().setSelection(fileItem.getItems()[0]);
        Screenshots.take(shell, "explorer-study-parts");
    }

    @Test
    void editACellUndoRedoAndSave() throws Exception {
        StudyEditor editor = openFromExplorer(StudyPart.Kind.CLASSES);
        assertNotNull(editor);
        GridPage areas = editor.activeGrid();
        assertNotNull(areas, "the land classes open the land-use areas page");
        assertEquals(StudyEditor.PAGE_AREAS, areas.getId());
        int forest = columnIndex(areas, "Forest");

        // Type into a cell the way a user does: start editing, type, press Enter.
        typeIntoCell(areas, 2009, forest, "790.73");
        Study study = editor.study();
        assertEquals(790.73, value(areas, 2009, forest), 0.0);
        assertEquals(ProvenanceKind.ENTERED, areas.columns().get(forest).cell(2009).provenance());
        assertTrue(editor.isDirty());
        assertEquals("Forest", study.getSeries().get(0).getLabel() == null ? "Forest" : study.getSeries().get(0).getLabel());

        // Refused at the cell with the reason; nothing changes.
        typeIntoCell(areas, 2010, forest, "12,3x");
        assertNull(areas.columns().get(forest).cell(2010).value());
        assertNotNull(areas.message());
        assertTrue(areas.message().contains("not a number"), areas.message());
        typeIntoCell(areas, 2010, forest, "-5");
        assertTrue(areas.message().contains("cannot be negative"), areas.message());
        assertNull(areas.columns().get(forest).cell(2010).value());
        Screenshots.take(shell, "editor-areas-refused");

        // Undo through the workbench's Undo command (what Ctrl+Z runs), then redo.
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        UiWait.processEvents(display, 100);
        assertNull(areas.columns().get(forest).cell(2009).value());
        assertFalse(editor.isDirty(), "undo back to the saved state clears the dirty marker");
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        UiWait.processEvents(display, 100);
        assertEquals(790.73, value(areas, 2009, forest), 0.0);

        // Ctrl+Z from the keyboard reaches the same command.
        areas.viewer().getTable().setFocus();
        pressCtrl('z');
        assertTrue(UiWait.until(display, 3000, () -> areas.columns().get(forest).cell(2009).value() == null),
                "Ctrl+Z undid the edit");
        UiWait.processEvents(display, 300);
        areas.viewer().getTable().setFocus();
        pressCtrl('y');
        assertTrue(UiWait.until(display, 3000, () -> areas.columns().get(forest).cell(2009).value() != null),
                "Ctrl+Y redid the edit");

        // Save: the file on disk has the value and the editor is clean.
        editor.doSave(null);
        assertFalse(editor.isDirty());
        Study onDisk = StudyFiles.load(file.getLocation().toPath());
        assertEquals(790.73, onDisk.getSeries().stream().filter(s -> s.getId().equals("area.forest")).findFirst()
                .orElseThrow().getValues().get(0).getValue(), 0.0);
        Screenshots.take(shell, "editor-areas");
    }

    @Test
    void pasteABlockFromASpreadsheetAsOneCommand() throws Exception {
        StudyEditor editor = openFromExplorer(StudyPart.Kind.CLASSES);
        GridPage areas = editor.activeGrid();
        int garden = columnIndex(areas, "Garden");
        int forest = columnIndex(areas, "Forest");
        assertEquals(garden + 1, forest, "forest right of garden in the seed's class order");

        // A refused block changes nothing and names the cell.
        areas.focusCell(2006, garden);
        clipboard("1.5\t2.5\n3.5\tabc\n");
        runPaste();
        assertNull(areas.columns().get(garden).cell(2006).value());
        assertTrue(areas.message().contains("row 2, column 2"), areas.message());

        clipboard("12.01\t509.76\r\n12.05\t\uff15\uff10\uff19.43\r\n");
        areas.focusCell(2006, garden);
        runPaste();
        assertEquals(12.01, value(areas, 2006, garden), 0.0);
        assertEquals(509.76, value(areas, 2006, forest), 0.0);
        assertEquals(12.05, value(areas, 2007, garden), 0.0);
        assertEquals(509.43, value(areas, 2007, forest), 0.0, "full-width digits from a Chinese spreadsheet");
        assertEquals("Paste 2 x 2 cells", editor.commandStack().getUndoCommand().getLabel());
        Screenshots.take(shell, "editor-areas-pasted");

        editor.commandStack().undo();
        UiWait.processEvents(display, 100);
        for (int year : new int[] { 2006, 2007 }) {
            assertNull(areas.columns().get(garden).cell(year).value());
            assertNull(areas.columns().get(forest).cell(year).value());
        }
        assertFalse(editor.isDirty());
    }

    @Test
    void everyPageShowsTheStudy() throws Exception {
        StudyEditor editor = openFromExplorer(StudyPart.Kind.COEFFICIENTS);
        assertEquals(StudyEditor.PAGE_COEFFICIENTS, editor.getActivePageInstance().getId());
        CoefficientsPage coefficients = (CoefficientsPage) editor.getActivePageInstance();
        assertEquals(29, coefficients.viewer().getTable().getItemCount());
        Screenshots.take(shell, "editor-coefficients");

        editor.showPage(StudyEditor.PAGE_REPORTED);
        GridPage reported = editor.activeGrid();
        assertEquals(15, reported.viewer().getTable().getItemCount());
        assertEquals(2076.29, value(reported, 2005, columnIndex(reported, "Net emission")), 0.0);
        assertEquals(ProvenanceKind.REPORTED, reported.columns().get(0).cell(2005).provenance());
        Screenshots.take(shell, "editor-reported");

        editor.showPage(StudyEditor.PAGE_ACTIVITY);
        assertTrue(editor.activeGrid().columns().size() >= 10);
        Screenshots.take(shell, "editor-activity");

        editor.showPage(StudyEditor.PAGE_OVERVIEW);
        UiWait.processEvents(display, 200);
        Screenshots.take(shell, "editor-overview");
    }

    @Test
    void validationProblemsAreMarkersThatOpenTheCell() throws Exception {
        StudyEditor editor = openFromExplorer(StudyPart.Kind.CLASSES);
        org.eclipse.core.resources.IMarker[] markers = file.findMarkers(StudyMarkers.TYPE, false, 0);
        // The seed's Table 5: the reported sources totals of 2014-2018 are not construction + agricultural land.
        List<String> inconsistent = new ArrayList<>();
        org.eclipse.core.resources.IMarker m2016 = null;
        for (var m : markers) {
            String location = m.getAttribute(org.eclipse.core.resources.IMarker.LOCATION, "");
            if (location.startsWith("sources_total")) {
                inconsistent.add(location);
                if (location.endsWith("2016")) {
                    m2016 = m;
                }
            }
        }
        java.util.Collections.sort(inconsistent);
        assertEquals(List.of("sources_total, 2014", "sources_total, 2015", "sources_total, 2016", "sources_total, 2017",
                "sources_total, 2018"), inconsistent, "markers: " + inconsistent);
        assertNotNull(m2016);
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        // The Problems view fills itself in a job of its own, after a short delay.
        UiWait.processEvents(display, 2500);
        Screenshots.take(shell, "problems-view");
        org.eclipse.ui.ide.IDE.gotoMarker(editor, m2016);
        UiWait.processEvents(display, 200);
        assertEquals(StudyEditor.PAGE_REPORTED, editor.getActivePageInstance().getId());
        GridPage reported = editor.activeGrid();
        int row = reported.viewer().getTable().getSelectionIndex();
        assertEquals(2016, ((Object[]) reported.viewer().getInput())[row]);
    }

    static int columnIndex(GridPage grid, String header) {
        for (int i = 0; i < grid.columns().size(); i++) {
            if (grid.columns().get(i).header().equals(header)) {
                return i;
            }
        }
        throw new AssertionError("no column " + header);
    }

    static double value(GridPage grid, int year, int column) {
        Double v = grid.columns().get(column).cell(year).value();
        assertNotNull(v, "value at " + year + ", column " + column);
        return v;
    }

    /** Activates the cell editor like a double-click does, types the text and presses Enter. */
    private void typeIntoCell(GridPage grid, int year, int column, String text) {
        grid.viewer().editElement(Integer.valueOf(year), column + 1);
        assertTrue(grid.isEditing(), "cell editor active");
        Text editorText = (Text) display.getFocusControl();
        editorText.setText(text);
        editorText.notifyListeners(SWT.Modify, new Event());
        Event enter = new Event();
        enter.character = SWT.CR;
        enter.keyCode = SWT.CR;
        editorText.notifyListeners(SWT.DefaultSelection, enter);
        UiWait.processEvents(display, 50);
    }

    private void clipboard(String text) {
        Clipboard cb = new Clipboard(display);
        try {
            cb.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            cb.dispose();
        }
    }

    private void runPaste() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.paste", null);
        UiWait.processEvents(display, 100);
    }

    private void pressCtrl(char key) {
        post(SWT.KeyDown, SWT.CTRL, '\0');
        post(SWT.KeyDown, 0, key);
        post(SWT.KeyUp, 0, key);
        post(SWT.KeyUp, SWT.CTRL, '\0');
        UiWait.processEvents(display, 200);
    }

    private void post(int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        display.post(e);
    }
}
