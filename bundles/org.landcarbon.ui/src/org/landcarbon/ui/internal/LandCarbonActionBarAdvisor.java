package org.landcarbon.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** Menus: File, Edit, Window, Help with the workbench's standard actions; bundles contribute more by menu URI. */
final class LandCarbonActionBarAdvisor extends ActionBarAdvisor {

    LandCarbonActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        register(ActionFactory.SAVE.create(window));
        register(ActionFactory.SAVE_ALL.create(window));
        register(ActionFactory.REVERT.create(window));
        register(ActionFactory.QUIT.create(window));
        register(ActionFactory.UNDO.create(window));
        register(ActionFactory.REDO.create(window));
        register(ActionFactory.COPY.create(window));
        register(ActionFactory.PASTE.create(window));
        register(ActionFactory.DELETE.create(window));
        register(ActionFactory.SELECT_ALL.create(window));
        register(ActionFactory.PREFERENCES.create(window));
        register(ActionFactory.RESET_PERSPECTIVE.create(window));
        register(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
        register(ActionFactory.IMPORT.create(window));
        register(ActionFactory.EXPORT.create(window));
        register(ActionFactory.REFRESH.create(window));
        register(ActionFactory.PROPERTIES.create(window));
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
        MenuManager newMenu = new MenuManager(Messages.menuNew, ActionFactory.NEW.getId());
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(getAction(ActionFactory.SAVE.getId()));
        file.add(getAction(ActionFactory.SAVE_ALL.getId()));
        file.add(getAction(ActionFactory.REVERT.getId()));
        file.add(new Separator());
        file.add(getAction(ActionFactory.IMPORT.getId()));
        file.add(getAction(ActionFactory.EXPORT.getId()));
        file.add(new Separator());
        file.add(getAction(ActionFactory.REFRESH.getId()));
        file.add(getAction(ActionFactory.PROPERTIES.getId()));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(getAction(ActionFactory.QUIT.getId()));

        MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
        edit.add(getAction(ActionFactory.UNDO.getId()));
        edit.add(getAction(ActionFactory.REDO.getId()));
        edit.add(new Separator());
        edit.add(getAction(ActionFactory.COPY.getId()));
        edit.add(getAction(ActionFactory.PASTE.getId()));
        edit.add(getAction(ActionFactory.DELETE.getId()));
        edit.add(getAction(ActionFactory.SELECT_ALL.getId()));
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager windowMenu = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.menuShowView);
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(new Separator());
        windowMenu.add(getAction(ActionFactory.PREFERENCES.getId()));

        MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }
}
