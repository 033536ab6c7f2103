package org.landcarbon.ui.internal.wizards;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.landcarbon.io.ImportException;
import org.landcarbon.io.StudyTemplates;
import org.landcarbon.model.LandCarbonFactory;
import org.landcarbon.model.Region;
import org.landcarbon.model.Study;
import org.landcarbon.model.persistence.StudyFiles;
import org.landcarbon.ui.NewStudyFiles;

/** File > New > Study: blank, from the seed's or CLCD's classes, or from a CSV/XLSX import previewed first. */
public final class NewStudyWizard extends Wizard implements INewWizard {

    public static final String ID = "org.landcarbon.ui.wizards.newStudy";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private WizardNewFileCreationPage filePage;
    private StudySetupPage setupPage;
    private IFile created;

    @Override
    public void init(IWorkbench wb, IStructuredSelection sel) {
        this.workbench = wb;
        this.selection = sel;
        setWindowTitle(Messages.wizardTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        filePage = new WizardNewFileCreationPage("file", selection);
        filePage.setTitle(Messages.fileTitle);
        filePage.setDescription(Messages.fileDescription);
        filePage.setFileExtension(StudyFiles.EXTENSION);
        filePage.setFileName("study." + StudyFiles.EXTENSION);
        addPage(filePage);
        setupPage = new StudySetupPage();
        addPage(setupPage);
    }

    /** The study the setup page describes, without imported values. */
    Study build(StudySetupPage page) {
        Study study;
        if (page.classSystem() != null) {
            study = StudyTemplates.template(StudyTemplates.classSystem(page.classSystem()).orElseThrow(), page.firstYear(),
                    page.lastYear());
        } else {
            study = LandCarbonFactory.eINSTANCE.createStudy();
            study.setStartYear(page.firstYear());
            study.setEndYear(page.lastYear());
        }
        study.setName(page.studyName());
        if (!page.coefficientSet().isEmpty()) {
            study.setCoefficientSetId(page.coefficientSet());
        }
        if (!page.regionName().isEmpty()) {
            Region region = LandCarbonFactory.eINSTANCE.createRegion();
            region.setName(page.regionName());
            study.setRegion(region);
        }
        return study;
    }

    @Override
    public boolean canFinish() {
        return filePage.isPageComplete() && setupPage.isPageComplete() && setupPage.getControl() != null;
    }

    @Override
    public boolean performFinish() {
        Study study = build(setupPage);
        try {
            if (setupPage.preview() != null) {
                // Re-read against the study being created: the preview the user saw applies in full or not at all.
                setupPage.preview().applyTo(study);
            }
            created = NewStudyFiles.create(filePage, study, workbench.getActiveWorkbenchWindow().getActivePage());
            return created != null;
        } catch (ImportException | IOException | CoreException e) {
            MessageDialog.openError(getShell(), Messages.wizardTitle, NLS.bind(Messages.createFailed, e.getMessage()));
            return false;
        }
    }

    StudySetupPage setupPage() {
        return setupPage;
    }

    WizardNewFileCreationPage filePage() {
        return filePage;
    }

    IFile created() {
        return created;
    }
}
