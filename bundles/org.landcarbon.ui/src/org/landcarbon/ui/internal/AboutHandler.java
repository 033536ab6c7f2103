package org.landcarbon.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > About: the product, its version and build, the Java runtime and the workspace in use. */
public final class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), NLS.bind(Messages.aboutTitle, ProductVersion.name()),
                aboutText());
        return null;
    }

    static String aboutText() {
        return NLS.bind(Messages.aboutText, new Object[] { ProductVersion.name(), ProductVersion.version(),
                ProductVersion.build(), System.getProperty("java.version"),
                ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString() });
    }
}
