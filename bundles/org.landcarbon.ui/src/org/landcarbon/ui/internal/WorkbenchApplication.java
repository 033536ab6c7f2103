package org.landcarbon.ui.internal;

import java.io.File;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the workbench on the research workspace ({@code ~/landcarbon-workspace} unless -data says otherwise). */
public final class WorkbenchApplication implements IApplication {

    /** The default workspace folder, in the user's home. */
    public static final String DEFAULT_WORKSPACE = "landcarbon-workspace";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        try {
            Location instance = Platform.getInstanceLocation();
            if (!instance.isSet()) {
                File dir = new File(System.getProperty("user.home"), DEFAULT_WORKSPACE);
                instance.set(new URL("file", null, dir.getAbsolutePath() + "/"), true);
            } else if (!instance.isLocked() && !instance.lock()) {
                System.err.println("landcarbon: the workspace " + instance.getURL().getFile()
                        + " is in use by another LandCarbon Workbench; close it or pass -data DIR.");
                return Integer.valueOf(1);
            }
            int code = PlatformUI.createAndRunWorkbench(display, new LandCarbonWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
