package org.landcarbon.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.YearValue;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.ui.testsupport.Screenshots;
import org.landcarbon.ui.tests.TestStudies;
import org.landcarbon.ui.tests.UiWait;

/**
 * Another program saves the study while it is open: saving shows the "File Changed" dialog and each of its
 * buttons does what it says (Update reads the other version, Overwrite writes ours, Cancel writes nothing); an
 * editor without unsaved changes reads the new file in when it comes to the front, without asking.
 */
class DiskConflictTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private final Display display = page.getWorkbenchWindow().getShell().getDisplay();
    private static int counter;
    private IFile file;
    private Path path;
    private StudyEditor editor;
    /** The messages of the dialogs answered, in order. */
    private final List<String> asked = new ArrayList<>();
    private boolean stopped;

    @BeforeEach
    void open() throws Exception {
        file = TestStudies.guizhouFromTables("DiskConflict", "guizhou-conflict-" + (++counter) + ".landcarbon", true);
        path = file.getLocation().toPath();
        editor = (StudyEditor) IDE.openEditor(page, file, StudyEditor.ID, true);
    }

    @AfterEach
    void close() {
        stopped = true; // a poll of this test must not answer the next test's dialog
        page.closeAllEditors(false);
    }

    private static YearValue forest2005(Study study) {
        Series forest = study.getSeries().stream().filter(s -> s.getId().equals("area.forest")).findFirst().orElseThrow();
        return forest.getValues().stream().filter(v -> v.getYear() == 2005).findFirst().orElseThrow();
    }

    private void editInEditor(double value) {
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, forest2005(editor.study()),
                LandCarbonPackage.Literals.YEAR_VALUE__VALUE, value));
        UiWait.processEvents(display, 50);
        assertTrue(editor.isDirty());
    }

    /** What another program does: read the file, change it, save it. */
    private void otherProgramSaves(double value) throws Exception {
        Study other = StudyFiles.load(path);
        forest2005(other).setValue(value);
        StudyFiles.save(other, path);
    }

    private double onDisk() throws Exception {
        return forest2005(StudyFiles.load(path)).getValue();
    }

    /** Presses the button labelled {@code button} of the next "File Changed" dialog (in the language the workbench runs in), from inside its event loop. */
    private void answer(String button, String screenshot) {
        Runnable[] poll = new Runnable[1];
        long giveUp = System.currentTimeMillis() + 10_000; // a dialog that never came fails the test's count
        poll[0] = () -> {
            if (stopped) {
                return;
            }
            for (Shell s : display.getShells()) {
                if (s.isVisible() && Messages.changedOnDiskTitle.equals(s.getText())) {
                    asked.add(labels(s));
                    if (screenshot != null) {
                        Screenshots.take(s, screenshot);
                    }
                    Button b = find(s, button);
                    b.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            if (System.currentTimeMillis() < giveUp) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    private static Button find(Composite c, String text) {
        for (Control child : c.getChildren()) {
            if (child instanceof Button b && b.getText().equals(text)) {
                return b;
            }
            if (child instanceof Composite comp) {
                Button b = find(comp, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    private static String labels(Composite c) {
        StringBuilder out = new StringBuilder();
        for (Control child : c.getChildren()) {
            if (child instanceof Label l) {
                out.append(l.getText());
            } else if (child instanceof Composite comp) {
                out.append(labels(comp));
            }
        }
        return out.toString();
    }

    @Test
    void overwriteSavesOurVersionOverTheOtherProgramsChange() throws Exception {
        editInEditor(801.0);
        otherProgramSaves(702.0);
        answer(Messages.buttonOverwrite, "file-changed-dialog");
        editor.doSave(null);
        assertEquals(1, asked.size(), "the dialog was shown once");
        assertTrue(asked.get(0).contains(file.getFullPath().toString()), asked.get(0));
        assertEquals(801.0, onDisk(), 0.0, "our value is on disk");
        assertFalse(editor.isDirty());
        // The next save expects what we wrote: no dialog.
        editInEditor(802.0);
        editor.doSave(null);
        assertEquals(1, asked.size());
        assertEquals(802.0, onDisk(), 0.0);
    }

    @Test
    void updateReadsTheOtherVersionAndDropsOurEdit() throws Exception {
        editInEditor(801.0);
        otherProgramSaves(702.0);
        answer(Messages.buttonUpdate, null);
        editor.doSave(null);
        assertEquals(1, asked.size());
        assertEquals(702.0, onDisk(), 0.0, "the other program's value stays on disk");
        assertEquals(702.0, forest2005(editor.study()).getValue(), 0.0, "the editor shows it");
        assertFalse(editor.isDirty());
    }

    @Test
    void cancelWritesNothingAndKeepsTheEdit() throws Exception {
        editInEditor(801.0);
        otherProgramSaves(702.0);
        answer(IDialogConstants.CANCEL_LABEL, null);
        editor.doSave(null);
        assertEquals(1, asked.size());
        assertEquals(702.0, onDisk(), 0.0, "nothing written");
        assertEquals(801.0, forest2005(editor.study()).getValue(), 0.0);
        assertTrue(editor.isDirty(), "the unsaved edit is kept");
    }

    /** The Project Explorer to the front, then the editor again, as a user clicking back into it. */
    private void reactivate() throws Exception {
        page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        UiWait.processEvents(display, 50);
        assertTrue(page.getActivePart() != editor, "the explorer is active");
        page.activate(editor);
        assertTrue(page.getActivePart() == editor, "the editor is active again");
        UiWait.processEvents(display, 200);
    }

    @Test
    void anEditorWithoutUnsavedChangesReadsTheNewFileWhenActivated() throws Exception {
        otherProgramSaves(703.0);
        assertTrue(editor.changedOnDisk());
        reactivate();
        assertTrue(asked.isEmpty(), "no question when nothing is unsaved");
        assertEquals(703.0, forest2005(editor.study()).getValue(), 0.0);
        assertFalse(editor.isDirty());
        editInEditor(804.0);
        editor.doSave(null);
        assertEquals(804.0, onDisk(), 0.0, "saves without a dialog: the editor knows the new file");
        assertTrue(asked.isEmpty());
    }

    @Test
    void aDirtyEditorAsksWhenActivatedAndOnlyOnceForTheSameChange() throws Exception {
        editInEditor(801.0);
        otherProgramSaves(705.0);
        answer(IDialogConstants.CANCEL_LABEL, null);
        reactivate();
        assertEquals(1, asked.size(), "asked on activation");
        assertTrue(editor.isDirty());
        reactivate();
        assertEquals(1, asked.size(), "not asked again for the change already declined");
    }
}
