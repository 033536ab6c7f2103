package org.landcarbon.ui.internal.wizards;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.ui.tests.UiWait;
import org.osgi.framework.FrameworkUtil;

/** File > New > Study with a CSV import: problems listed first, the study created only from a clean file. */
class NewStudyWizardTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private static String testdata(String name) throws Exception {
        URL url = FileLocator.toFileURL(FileLocator.find(FrameworkUtil.getBundle(NewStudyWizardTest.class),
                new org.eclipse.core.runtime.Path("testdata/" + name)));
        return Path.of(url.toURI()).toString();
    }

    /** Opens the wizard on its setup page, the study file to be created in this project. */
    private WizardDialog openInProject(NewStudyWizard wizard, String projectName, String fileName) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.filePage().setFileName(fileName);
        dialog.showPage(wizard.setupPage());
        return dialog;
    }

    @Test
    void createAStudyFromTheClcdTemplateAndACsvImport() throws Exception {
        Shell shell = page.getWorkbenchWindow().getShell();
        NewStudyWizard wizard = new NewStudyWizard();
        WizardDialog dialog = openInProject(wizard, "Wizard", "test-county.landcarbon");
        try {
            StudySetupPage setup = wizard.setupPage();

            // A broken file: every problem listed, nothing can be created.
            setup.fill("Test county", "Test county", 2015, 2017, "clcd", testdata("test-county-broken.csv"));
            assertFalse(setup.isPageComplete());
            assertFalse(wizard.canFinish());
            String problems = String.join("\n", setup.problemLines());
            assertTrue(problems.contains("abc"), problems);
            assertTrue(setup.problemLines().length >= 2, problems);
            UiWait.processEvents(shell.getDisplay(), 200);
            Screenshots.take(dialog.getShell(), "wizard-import-problems");

            setup.fill("Test county", "Test county", 2015, 2017, "clcd", testdata("test-county-import.csv"));
            assertTrue(setup.isPageComplete(), setup.getErrorMessage());
            assertNotNull(setup.preview());
            UiWait.processEvents(shell.getDisplay(), 200);
            Screenshots.take(dialog.getShell(), "wizard-import-preview");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Study study = StudyFiles.load(wizard.created().getLocation().toPath());
        assertEquals("Test county", study.getName());
        assertEquals(6, study.getLandClassSystem().getClasses().size(), "CLCD classes");
        Series forest = study.getSeries().stream().filter(s -> s.getId().equals("area.forest")).findFirst().orElseThrow();
        assertEquals(3, forest.getValues().size());
        assertEquals(200.25, forest.getValues().get(0).getValue(), 1e-9);
        assertEquals(org.landcarbon.model.ProvenanceKind.IMPORTED, forest.getValues().get(0).getProvenance());
        assertTrue(page.getActiveEditor() instanceof org.landcarbon.ui.IStudyEditor, "the new study opens in its editor");
        Screenshots.take(shell, "wizard-created-study");
    }

    @Test
    void theRangesOfALongFileArePreviewedAndCarriedIntoTheStudy() throws Exception {
        Shell shell = page.getWorkbenchWindow().getShell();
        NewStudyWizard wizard = new NewStudyWizard();
        WizardDialog dialog = openInProject(wizard, "WizardRanges", "ranges-county.landcarbon");
        try {
            StudySetupPage setup = wizard.setupPage();

            // Refused ranges: each named by file, row and column; nothing can be created.
            setup.fill("Ranges county", "Ranges county", 2015, 2017, "clcd", testdata("test-county-ranges-broken.csv"));
            assertFalse(wizard.canFinish());
            String problems = String.join("\n", setup.problemLines());
            assertTrue(problems.contains("test-county-ranges-broken.csv, row 2, column F (sd):"), problems);
            assertTrue(problems.contains("test-county-ranges-broken.csv, row 4, column K (uncertainty_source): the range of "
                    + "area.cropland must cite its source"), problems);
            assertEquals(0, setup.rangeRows().length, "no range is shown as if it would be set");
            UiWait.processEvents(shell.getDisplay(), 200);
            Screenshots.take(dialog.getShell(), "wizard-import-ranges-refused");

            setup.fill("Ranges county", "Ranges county", 2015, 2017, "clcd", testdata("test-county-ranges.csv"));
            assertTrue(setup.isPageComplete(), setup.getErrorMessage());
            String[][] rows = setup.rangeRows();
            assertEquals(2, rows.length);
            assertEquals(java.util.List.of("area.forest", "2015-2017", "interval95pct", "+-5 % (95 %)",
                    "CLCD overall accuracy (Yang & Huang 2021)"), java.util.List.of(rows[0]));
            assertEquals(java.util.List.of("area.cropland", "2015-2016", "uniform", "uniform -3 .. 3 %", "yearbook revision 2016"),
                    java.util.List.of(rows[1]));
            UiWait.processEvents(shell.getDisplay(), 200);
            Screenshots.take(dialog.getShell(), "wizard-import-ranges");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Study study = StudyFiles.load(wizard.created().getLocation().toPath());
        Series forest = study.getSeries().stream().filter(s -> s.getId().equals("area.forest")).findFirst().orElseThrow();
        assertNotNull(forest.getUncertainty(), "the range is saved with the created study");
        assertEquals("interval95pct", forest.getUncertainty().getDistribution());
        assertEquals(5, forest.getUncertainty().getPercent(), 0);
        assertEquals("CLCD overall accuracy (Yang & Huang 2021)", forest.getUncertainty().getSource());
        Series cropland = study.getSeries().stream().filter(s -> s.getId().equals("area.cropland")).findFirst().orElseThrow();
        assertEquals(-3, cropland.getUncertainty().getMin(), 0);
        assertEquals(3, cropland.getUncertainty().getMax(), 0);
    }

    @Test
    void theDefaultCoefficientSetOfThePreferencesIsPreselected() throws Exception {
        var service = org.landcarbon.ui.Services.get(org.landcarbon.accounting.AccountingService.class);
        assertNotNull(service, "the accounting service");
        java.util.List<org.landcarbon.accounting.CoefficientSetData> sets = service.coefficientSets();
        assertFalse(sets.isEmpty(), "the registry has coefficient sets");
        String chosen = sets.get(sets.size() - 1).id();
        var store = org.landcarbon.ui.UiPreferences.store();
        store.setValue(org.landcarbon.ui.UiPreferences.COEFFICIENT_SET, chosen);
        Shell shell = page.getWorkbenchWindow().getShell();
        NewStudyWizard wizard = new NewStudyWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.showPage(wizard.setupPage());
            StudySetupPage setup = wizard.setupPage();
            assertEquals(chosen, setup.coefficientSet());
            setup.fill("Default set", "", 2015, 2017, "seed", null);
            assertEquals(chosen, wizard.build(setup).getCoefficientSetId(), "the study is created with it");
            UiWait.processEvents(shell.getDisplay(), 200);
            Screenshots.take(dialog.getShell(), "wizard-default-coefficient-set");
        } finally {
            dialog.close();
            store.setToDefault(org.landcarbon.ui.UiPreferences.COEFFICIENT_SET);
        }
        NewStudyWizard again = new NewStudyWizard();
        again.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog second = new WizardDialog(shell, again);
        second.setBlockOnOpen(false);
        second.open();
        try {
            second.showPage(again.setupPage());
            assertEquals("", again.setupPage().coefficientSet(), "back to the accounting default");
        } finally {
            second.close();
        }
    }
}
