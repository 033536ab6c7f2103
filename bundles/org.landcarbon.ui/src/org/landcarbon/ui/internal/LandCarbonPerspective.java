package org.landcarbon.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The "Land-Use Carbon" perspective: studies on the left, editors in the middle, properties and problems below. */
public final class LandCarbonPerspective implements IPerspectiveFactory {

    public static final String ID = "org.landcarbon.ui.perspective";
    public static final String PROJECT_EXPLORER = IPageLayout.ID_PROJECT_EXPLORER;
    public static final String PROPERTIES = IPageLayout.ID_PROP_SHEET;
    public static final String PROBLEMS = IPageLayout.ID_PROBLEM_VIEW;

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.24f, editorArea);
        left.addView(PROJECT_EXPLORER);
        // The editors get the upper half; the bottom (Welcome, the account, Properties, Problems) the lower, so
        // that the account shows several years at 1366 x 768 (the others scroll under its header).
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.5f, editorArea);
        bottom.addView(WelcomeView.ID);
        bottom.addView("org.landcarbon.ui.views.account");
        bottom.addView(PROPERTIES);
        bottom.addView(PROBLEMS);

        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(PROPERTIES);
        layout.addShowViewShortcut(PROBLEMS);
        layout.addShowViewShortcut(WelcomeView.ID);
        layout.addShowViewShortcut("org.landcarbon.ui.views.account");
        layout.addNewWizardShortcut("org.landcarbon.ui.wizards.newStudy");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
    }
}
