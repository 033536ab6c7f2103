package org.landcarbon.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, menu bar, status line and perspective bar. */
final class LandCarbonWindowAdvisor extends WorkbenchWindowAdvisor {

    /** Set when the workbench restored this window's saved size and place: then they are kept. */
    private boolean restored;

    LandCarbonWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    /** The first window fills the screen it opens on (its work area, without panels), at least 1024 x 700. */
    static Point initialSize(Display display) {
        Monitor monitor = display.getPrimaryMonitor();
        Rectangle area = monitor != null ? monitor.getClientArea() : display.getClientArea();
        return new Point(Math.max(1024, area.width), Math.max(700, area.height));
    }

    @Override
    public void postWindowRestore() {
        restored = true;
    }

    @Override
    public void postWindowCreate() {
        // A first start (nothing to restore) opens maximized; later starts keep what the user left.
        if (!restored) {
            getWindowConfigurer().getWindow().getShell().setMaximized(true);
        }
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new LandCarbonActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(initialSize(Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault()));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setTitle(ProductVersion.title());
    }
}
