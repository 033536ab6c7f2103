package org.landcarbon.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;

/** Names the product and its version, the workspace in use, and where to start. */
public final class WelcomeView extends ViewPart {

    public static final String ID = "org.landcarbon.ui.views.welcome";

    private FormToolkit toolkit;
    private ScrolledForm form;

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(NLS.bind(Messages.welcomeHeading, ProductVersion.name(), ProductVersion.version()));
        toolkit.decorateFormHeading(form.getForm());
        TableWrapLayout layout = new TableWrapLayout();
        layout.leftMargin = 12;
        layout.rightMargin = 12;
        form.getBody().setLayout(layout);
        paragraph(Messages.welcomeIntro);
        paragraph(NLS.bind(Messages.welcomeVersion, ProductVersion.version(), ProductVersion.build()));
        paragraph(NLS.bind(Messages.welcomeWorkspace,
                ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString()));
        paragraph(Messages.welcomeGettingStarted);
    }

    private void paragraph(String text) {
        var label = toolkit.createLabel(form.getBody(), text, SWT.WRAP);
        label.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
    }

    /** The text shown, for tests and accessibility. */
    public String headingText() {
        return form.getText();
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

}
