package org.landcarbon.ui.internal;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.ui.IStudyEditor;
import org.landcarbon.ui.internal.account.AccountView;
import org.landcarbon.ui.tests.UiWait;

/** What a new user meets: the window size, the Welcome links, and the account readable at 1366 x 768 and 1920 x 1080. */
class FirstHourTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private final Shell shell = page.getWorkbenchWindow().getShell();
    private final Display display = shell.getDisplay();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void theFirstWindowFillsTheScreen() {
        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        Point size = LandCarbonWindowAdvisor.initialSize(display);
        assertEquals(Math.max(1024, screen.width), size.x);
        assertEquals(Math.max(700, screen.height), size.y);
    }

    @Test
    void welcomeLinksOpenTheSampleAndTheNewStudyWizard() throws Exception {
        WelcomeView welcome = (WelcomeView) page.showView(WelcomeView.ID);
        assertEquals(List.of(Messages.welcomeOpenSample, Messages.welcomeNewStudy, Messages.welcomeImport), welcome.linkTexts());
        IFile sample = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(WelcomeView.SAMPLE));
        assertTrue(UiWait.until(display, 20_000, sample::exists), "the Samples project of a first start");
        welcome.activate(Messages.welcomeOpenSample);
        assertTrue(UiWait.until(display, 10_000, () -> page.getActiveEditor() instanceof IStudyEditor e && sample.equals(e.file())),
                "the Guizhou sample opens in the study editor");
        Screenshots.take(shell, "first-hour-welcome");
    }

    @Test
    void accountAt1366x768() throws Exception {
        account(1366, 768, 5);
    }

    @Test
    void accountAt1920x1080() throws Exception {
        account(1920, 1080, 8);
    }

    /** The sample's account at a window size: no header cut, at least {@code rows} years visible, the rest by scrolling. */
    private void account(int width, int height, int rows) throws Exception {
        boolean maximized = shell.getMaximized();
        Rectangle bounds = shell.getBounds();
        try {
            shell.setMaximized(false);
            shell.setBounds(0, 0, width, height);
            IFile sample = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(WelcomeView.SAMPLE));
            assertTrue(UiWait.until(display, 20_000, sample::exists), "the sample");
            org.eclipse.ui.ide.IDE.openEditor(page, sample, "org.landcarbon.ui.editors.study", true);
            AccountView view = (AccountView) page.showView(AccountView.ID);
            page.activate(page.getActiveEditor());
            assertTrue(UiWait.until(display, 30_000, () -> view.account() != null && view.idle()), "account computed");
            UiWait.processEvents(display, 300);
            assertEquals(List.of(), view.cutHeaders(), "no column header of the account is cut");
            Table table = view.table();
            int visible = (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
            assertTrue(visible >= rows, visible + " years visible at " + width + "x" + height);
            assertTrue(visible >= table.getItemCount() || table.getVerticalBar().isVisible(), "the other years scroll under the header");
            Screenshots.take(shell, "first-hour-account-" + width + "x" + height);
            // Units typeset on screen: the study editor's unit choosers and the account's (files keep 10^4 hm2).
            List<String> items = new java.util.ArrayList<>();
            combos(shell, items);
            assertTrue(items.contains("10\u2074 hm\u00b2") && items.contains("10\u2074 t C"), items.toString());
            assertTrue(items.stream().noneMatch(i -> i.contains("^")), "no ASCII exponent on screen: " + items);
            // ... and the Overview page's text fields: the sample's "10^4 km2" reads 10⁴ km² (issue 18)
            java.util.Map<Object, String> fields = new java.util.HashMap<>();
            texts(shell, fields);
            // (by value: the suite also runs in Chinese, whose labels differ)
            assertTrue(fields.containsValue("10\u2074 km\u00b2") && !fields.containsValue("10^4 km2"), fields.toString());
            // (short fields only: notes and data source are the user's own text, kept as typed)
            assertTrue(fields.entrySet().stream().filter(f -> f.getValue().length() < 20)
                    .noneMatch(f -> f.getValue().contains("^") || f.getValue().matches(".*\\b(hm|km)2\\b.*")), "no ASCII unit in a short field: " + fields);
            // Every year and column reachable; the years stay beside the figures when these scroll either way.
            Table years = view.yearTable();
            assertEquals(table.getItemCount(), years.getItemCount(), "a year for every row");
            assertEquals(view.account().years().size(), table.getItemCount(), "all years in the table");
            int last = table.getItemCount() - 1;
            table.showColumn(table.getColumn(table.getColumnCount() - 1));
            table.setTopIndex(last);
            UiWait.processEvents(display, 300);
            assertTrue(table.getTopIndex() > 0 || visible >= table.getItemCount(), "the figures scroll down");
            assertEquals(table.getTopIndex(), years.getTopIndex(), "the years scroll with the figures");
            assertEquals(table.getVerticalBar().getSelection(), years.getVerticalBar().getSelection(), "to the pixel");
            assertTrue(years.isVisible() && years.getParent().getSize().x >= years.getColumn(0).getWidth(),
                    "the year column is not scrolled away: " + years.getParent().getSize() + " " + years.getColumn(0).getWidth());
            assertEquals(table.getItemHeight(), years.getItemHeight(), "rows of the same height");
            int topY = table.toDisplay(0, table.getHeaderHeight()).y;
            assertEquals(topY, years.toDisplay(0, years.getHeaderHeight()).y, "first rows level");
            assertEquals(String.valueOf(view.account().years().get(table.getTopIndex())), years.getItem(years.getTopIndex()).getText(),
                    "the year beside the top row is its year");
            Screenshots.take(shell, "first-hour-account-" + width + "x" + height + "-scrolled");
        } finally {
            shell.setBounds(bounds);
            shell.setMaximized(maximized);
        }
    }

    private static void combos(org.eclipse.swt.widgets.Control c, List<String> items) {
        if (c instanceof org.eclipse.swt.widgets.Combo combo) {
            items.addAll(List.of(combo.getItems()));
        } else if (c instanceof org.eclipse.swt.widgets.Composite parent) {
            for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
                combos(child, items);
            }
        }
    }

    private static void texts(org.eclipse.swt.widgets.Control c, java.util.Map<Object, String> fields) {
        if (c instanceof org.eclipse.swt.widgets.Text text && text.getData("field") != null) {
            fields.put(text.getData("field"), text.getText());
        } else if (c instanceof org.eclipse.swt.widgets.Composite parent) {
            for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
                texts(child, fields);
            }
        }
    }
}
