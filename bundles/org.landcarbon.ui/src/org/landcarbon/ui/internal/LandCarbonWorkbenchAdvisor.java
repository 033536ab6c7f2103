package org.landcarbon.ui.internal;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Workbench lifecycle: IDE adapters for the Project Explorer, the perspective, saving the workspace on exit. */
public final class LandCarbonWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // Resources adapt to workbench adapters so that the Project Explorer and Properties show them.
        IDE.registerAdapters();
        IdeImages.declare(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return LandCarbonPerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new LandCarbonWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        SampleStudies.scheduleIfFirstStart();
    }

    @Override
    public void postShutdown() {
        // Persist the workspace tree so projects and markers are there at the next start.
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        try {
            workspace.save(true, null);
        } catch (CoreException e) {
            ILog.of(getClass()).error("Saving the workspace failed", e);
        }
    }
}
