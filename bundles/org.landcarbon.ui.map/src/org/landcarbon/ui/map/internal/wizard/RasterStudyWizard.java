package org.landcarbon.ui.map.internal.wizard;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.landcarbon.io.ImportException;
import org.landcarbon.io.RegionImportPreview;
import org.landcarbon.model.Study;
import org.landcarbon.spatial.study.RasterStudies;
import org.landcarbon.spatial.study.ZonalAreas;
import org.landcarbon.ui.NewStudyFiles;

/**
 * File > New > Study from Land-Cover Rasters: rasters, boundaries and mapping; a preview of what they give;
 * then the study file. Finish writes a study whose whole region has one subregion per polygon holding its
 * class areas per raster year (the values of {@code landcarbon zonal --into}, with its {@code --accuracy} as the areas'
 * range when given); nothing is created before.
 */
public final class RasterStudyWizard extends Wizard implements INewWizard {

    public static final String ID = "org.landcarbon.ui.map.wizards.rasterStudy";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private InputPage inputPage;
    private PreviewPage previewPage;
    private StudyFilePage filePage;
    private IFile created;

    @Override
    public void init(IWorkbench wb, IStructuredSelection sel) {
        workbench = wb;
        selection = sel;
        setWindowTitle(Messages.wizardTitle);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        inputPage = new InputPage();
        previewPage = new PreviewPage();
        filePage = new StudyFilePage(selection);
        addPage(inputPage);
        addPage(previewPage);
        addPage(filePage);
    }

    RasterInputs inputs() {
        return inputPage.inputs();
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        return page == inputPage && inputs() == null ? null : super.getNextPage(page);
    }

    @Override
    public boolean canFinish() {
        return inputs() != null && previewPage.plan() != null && filePage.getControl() != null && filePage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        RasterInputs in = inputs();
        ZonalAreas.Plan plan = previewPage.plan();
        if (in == null || plan == null) {
            return false;
        }
        Study study = PreviewPage.template(in, filePage.studyName(), filePage.wholeName().isEmpty() ? filePage.studyName() : filePage.wholeName());
        try {
            RegionImportPreview imp = RasterStudies.preview(study, in.rasters().get(0), plan.areas(), filePage.accuracy());
            RasterStudies.apply(imp, study);
            created = NewStudyFiles.create(filePage, study, workbench.getActiveWorkbenchWindow().getActivePage());
            return created != null;
        } catch (ImportException | IOException | CoreException e) {
            ((org.eclipse.jface.wizard.WizardPage) getContainer().getCurrentPage()).setErrorMessage(NLS.bind(Messages.createFailed, e.getMessage()));
            return false;
        }
    }

    InputPage inputPage() {
        return inputPage;
    }

    PreviewPage previewPage() {
        return previewPage;
    }

    StudyFilePage filePage() {
        return filePage;
    }

    IFile created() {
        return created;
    }
}
