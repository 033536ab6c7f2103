package org.landcarbon.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.Series;
import org.landcarbon.model.YearValue;
import org.landcarbon.ui.tests.TestStudies;
import org.landcarbon.ui.tests.UiWait;

/** File > Revert: the workbench's Revert command throws away the unsaved edit; the value is back, not dirty. */
class RevertTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private static YearValue forest2005(StudyEditor editor) {
        Series forest = editor.study().getSeries().stream().filter(s -> s.getId().equals("area.forest")).findFirst().orElseThrow();
        return forest.getValues().stream().filter(v -> v.getYear() == 2005).findFirst().orElseThrow();
    }

    @Test
    void revertRestoresTheSavedValue() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.guizhouFromTables("Revert", "guizhou-revert.landcarbon", true);
        StudyEditor editor = (StudyEditor) IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        double saved = forest2005(editor).getValue();
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, forest2005(editor), LandCarbonPackage.Literals.YEAR_VALUE__VALUE, 800.0));
        UiWait.processEvents(display, 100);
        assertTrue(editor.isDirty());
        assertEquals(800.0, forest2005(editor).getValue(), 0.0);

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.revert", null);
        UiWait.processEvents(display, 100);
        assertEquals(saved, forest2005(editor).getValue(), 0.0, "the value read from the file again");
        assertFalse(editor.isDirty(), "nothing unsaved after revert");
        assertFalse(editor.commandStack().canUndo(), "revert is not undoable: the stack is flushed");
    }
}
