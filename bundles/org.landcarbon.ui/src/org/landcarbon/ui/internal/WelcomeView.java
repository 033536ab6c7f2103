package org.landcarbon.ui.internal;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
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
        link(Messages.welcomeOpenSample, this::openSample);
        link(Messages.welcomeNewStudy, this::newStudy);
        link(Messages.welcomeImport, this::newStudy);
    }

    /** The file of the Guizhou sample in the Samples project (created on first start). */
    public static final String SAMPLE = SampleStudies.PROJECT + "/guizhou-2005-2019.landcarbon";

    private final Map<String, Runnable> actions = new java.util.LinkedHashMap<>();

    private void link(String text, Runnable action) {
        actions.put(text, action);
        Hyperlink link = toolkit.createHyperlink(form.getBody(), text, SWT.WRAP);
        link.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                action.run();
            }
        });
    }

    /** The links, for tests: their texts in order. */
    public java.util.List<String> linkTexts() {
        return java.util.Arrays.stream(form.getBody().getChildren()).filter(Hyperlink.class::isInstance)
                .map(c -> ((Hyperlink) c).getText()).toList();
    }

    /** Runs the action of the link with this text, as a click does (for tests). */
    public void activate(String text) {
        Runnable action = actions.get(text);
        if (action == null) {
            throw new IllegalArgumentException("no link '" + text + "'");
        }
        action.run();
    }

    private void openSample() {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(SAMPLE));
        if (!file.exists()) {
            MessageDialog.openInformation(getSite().getShell(), Messages.welcomeOpenSample, NLS.bind(Messages.welcomeNoSample, SAMPLE));
            return;
        }
        try {
            IDE.openEditor(getSite().getPage(), file);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.welcomeOpenSample, e.getMessage());
        }
    }

    private void newStudy() {
        try {
            ICommandService commands = getSite().getService(ICommandService.class);
            ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand("org.eclipse.ui.newWizard"),
                    Map.of("newWizardId", "org.landcarbon.ui.wizards.newStudy"));
            getSite().getService(IHandlerService.class).executeCommand(command, null);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.welcomeNewStudy, e.getMessage());
        }
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
