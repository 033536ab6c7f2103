package org.landcarbon.ui.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.landcarbon.ui.testsupport.Screenshots;

/**
 * Help > Installation Details in the real workbench: the entry this bundle adds sits after p2's Install New
 * Software, and the dialog it opens lists LandCarbon's bundles with vendor and version (the Plug-ins page).
 */
public class InstallationDetailsTest {

    private static final String COMMAND = "org.eclipse.ui.help.installationDialog";

    @Test
    void theHelpMenuOffersInstallationDetailsAfterInstallNewSoftware() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Menu help = Arrays.stream(window.getShell().getMenuBar().getItems())
                .filter(i -> label(i).equals("Help")).findFirst().orElseThrow().getMenu();
        help.notifyListeners(SWT.Show, new Event()); // the workbench fills menus when they open
        List<String> labels = Arrays.stream(help.getItems()).map(InstallationDetailsTest::label).toList();
        help.notifyListeners(SWT.Hide, new Event());

        int install = labels.indexOf("Install New Software...");
        int details = labels.indexOf("Installation Details...");
        assertTrue(install >= 0, "p2's Install New Software in " + labels);
        assertTrue(details > install, "Installation Details after Install New Software in " + labels);
    }

    @Test
    void installationDetailsListsLandCarbonBundlesWithVendorAndVersion() throws Exception {
        Display display = Display.getCurrent();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        boolean[] inspected = { false };
        // the dialog is modal and runs its own event loop: inspect it from a timer inside that loop
        Runnable poll = new Runnable() {
            private final long end = System.currentTimeMillis() + 30_000;

            @Override
            public void run() {
                Shell dialog = installationShell(display);
                if (dialog == null) {
                    if (System.currentTimeMillis() < end) {
                        display.timerExec(50, this);
                    }
                    return;
                }
                try {
                    inspect(dialog);
                    inspected[0] = true;
                } catch (Throwable t) {
                    failure.set(t);
                } finally {
                    dialog.close();
                }
            }
        };
        display.timerExec(50, poll);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null); // returns on close
        if (failure.get() != null) {
            throw new AssertionError(failure.get().getMessage(), failure.get());
        }
        assertTrue(inspected[0], "an Installation Details dialog opened");
    }

    private static void inspect(Shell dialog) {
        Display display = dialog.getDisplay();
        List<CTabFolder> folders = find(dialog, CTabFolder.class);
        assertEquals(1, folders.size(), "one tab folder in the dialog");
        CTabFolder folder = folders.get(0);
        List<String> tabs = Arrays.stream(folder.getItems()).map(CTabItem::getText).toList();
        assertTrue(tabs.containsAll(List.of("Installed Software", "Installation History", "Plug-ins", "Configuration")),
                "pages: " + tabs);

        CTabItem plugins = Arrays.stream(folder.getItems()).filter(t -> t.getText().equals("Plug-ins")).findFirst().orElseThrow();
        folder.setSelection(plugins);
        Event selected = new Event();
        selected.item = plugins;
        folder.notifyListeners(SWT.Selection, selected); // the dialog creates a page when its tab is chosen
        Table[] table = new Table[1];
        assertTrue(until(display, 10_000, () -> (table[0] = pluginTable(dialog)) != null), "the Plug-ins table");

        List<String> columns = Arrays.stream(table[0].getColumns()).map(TableColumn::getText).toList();
        int provider = columns.indexOf("Provider");
        int version = columns.indexOf("Version");
        int id = columns.indexOf("Plug-in Id");
        assertTrue(provider >= 0 && version >= 0 && id >= 0, "columns: " + columns);
        // the page fills its table in the background
        TableItem[] found = new TableItem[1];
        until(display, 20_000, () -> (found[0] = row(table[0], id, "org.landcarbon.ui.plugins")) != null);
        TableItem row = found[0];
        assertNotNull(row, "org.landcarbon.ui.plugins among " + table[0].getItemCount() + " plug-ins");
        assertEquals("LandCarbon Workbench", row.getText(provider));
        assertTrue(row.getText(version).startsWith("0.1.0."), "version " + row.getText(version));
        table[0].setSelection(row);
        table[0].showSelection();
        dialog.setSize(1200, 700);
        Screenshots.take(dialog, "installation-details-plugins");
    }

    private static TableItem row(Table table, int column, String text) {
        for (TableItem item : table.getItems()) {
            if (item.getText(column).equals(text)) {
                return item;
            }
        }
        return null;
    }

    private static Shell installationShell(Display display) {
        return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible()
                && s.getText().endsWith("Installation Details")).findFirst().orElse(null);
    }

    private static Table pluginTable(Shell shell) {
        return find(shell, Table.class).stream().filter(t -> Arrays.stream(t.getColumns())
                .anyMatch(c -> c.getText().equals("Plug-in Id"))).findFirst().orElse(null);
    }

    private static String label(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "");
    }

    private static <T extends Control> List<T> find(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Composite composite) {
                found.addAll(find(composite, type));
            }
        }
        return found;
    }

    private static boolean until(Display display, long millis, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return condition.getAsBoolean();
    }
}
