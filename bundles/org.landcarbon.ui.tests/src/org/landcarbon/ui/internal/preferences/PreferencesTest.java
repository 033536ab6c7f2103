package org.landcarbon.ui.internal.preferences;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.ui.UiPreferences;
import org.landcarbon.ui.internal.account.AccountView;
import org.landcarbon.ui.tests.TestStudies;
import org.landcarbon.ui.tests.UiWait;

/** Window > Preferences > LandCarbon: defaults, the page, and the account view following a change. */
class PreferencesTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private final IPreferenceStore store = UiPreferences.store();

    @AfterEach
    void reset() {
        for (String key : List.of(UiPreferences.SUBSTANCE, UiPreferences.MAGNITUDE, UiPreferences.DECIMALS, UiPreferences.LINE_WIDTH,
                UiPreferences.MARKERS, UiPreferences.COEFFICIENT_SET, UiPreferences.LANGUAGE)) {
            store.setToDefault(key);
        }
        page.closeAllEditors(false);
    }

    @Test
    void defaultsAreTheSeedsTable5Conventions() {
        assertEquals("10^4 t C", UiPreferences.carbonUnit());
        assertEquals(2, UiPreferences.decimals());
        assertEquals(2, UiPreferences.lineWidth());
        assertTrue(UiPreferences.markers());
        assertEquals("", store.getString(UiPreferences.LANGUAGE), "the system locale");
    }

    @Test
    void thePageOpensUnderLandCarbon() {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        PreferenceDialog dialog = LandCarbonPreferencePage.open(page.getWorkbenchWindow().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiWait.processEvents(display, 300);
            assertTrue(dialog.getSelectedPage() instanceof LandCarbonPreferencePage, String.valueOf(dialog.getSelectedPage()));
            Screenshots.take(dialog.getShell(), "preferences" + (java.util.Locale.getDefault().getLanguage().equals("zh") ? "-zh" : ""));
        } finally {
            dialog.close();
        }
    }

    @Test
    void theAccountViewFollowsUnitAndDecimals() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.guizhouFromTables("Preferences", "guizhou-prefs.landcarbon", true);
        IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        AccountView view = (AccountView) page.showView(AccountView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 20_000, () -> view.account() != null && view.idle()), "account computed");
        assertEquals("10^4 t C", view.unit());
        assertEquals("2,076.29", view.cellText(2005, "net"));

        store.setValue(UiPreferences.SUBSTANCE, "CO2");
        store.setValue(UiPreferences.DECIMALS, 3);
        assertTrue(UiWait.until(display, 5_000, () -> "10^4 t CO2".equals(view.unit())), view.unit());
        // 2076.29 x 10^4 t C x 44/12 = 7613.06 x 10^4 t CO2 (the unrounded net gives the third decimal)
        String co2 = view.cellText(2005, "net");
        assertTrue(co2.matches("7,613\\.0\\d\\d"), co2);

        store.setValue(UiPreferences.MAGNITUDE, "Mt");
        store.setValue(UiPreferences.DECIMALS, 1);
        assertTrue(UiWait.until(display, 5_000, () -> "Mt CO2".equals(view.unit())), view.unit());
        assertEquals("76.1", view.cellText(2005, "net"), "76.13 Mt CO2 with one decimal");

        store.setToDefault(UiPreferences.SUBSTANCE);
        store.setToDefault(UiPreferences.MAGNITUDE);
        store.setToDefault(UiPreferences.DECIMALS);
        assertTrue(UiWait.until(display, 5_000, () -> "10^4 t C".equals(view.unit())), view.unit());
        assertEquals("2,076.29", view.cellText(2005, "net"));
    }

    @Test
    void theSourcesAndSinksChartFollowsTheUnit() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.guizhouFromTables("Preferences", "guizhou-prefs-chart.landcarbon", true);
        IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        var view = (org.landcarbon.ui.charts.internal.SourcesSinksView) page.showView(org.landcarbon.ui.charts.internal.SourcesSinksView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 20_000, () -> view.model() != null && view.idle()), "chart drawn");
        assertTrue(view.model().yTitle().contains("10^4 t C"), view.model().yTitle());

        store.setValue(UiPreferences.SUBSTANCE, "CO2");
        assertTrue(UiWait.until(display, 20_000, () -> view.idle() && view.model() != null && view.model().yTitle().contains("10^4 t CO2")),
                view.model().yTitle());
        var net = view.model().series().stream().filter(s -> s.style() == org.landcarbon.ui.charts.ChartSeries.Style.LINE).findFirst()
                .orElseThrow();
        assertEquals(2076.29 * 44 / 12, net.values()[0], 0.02, "net 2005: 2076.29 x 10^4 t C x 44/12");
    }

    @Test
    void theLanguageIsWrittenBeforeVmargsOnly() {
        List<String> ini = List.of("-startup", "plugins/launcher.jar", "-nl", "en", "-vmargs", "-nl", "-Xmx2g");
        assertEquals(List.of("-nl", "zh_CN", "-startup", "plugins/launcher.jar", "-vmargs", "-nl", "-Xmx2g"),
                LauncherLanguage.withLanguage(ini, "zh_CN"));
        assertEquals(List.of("-startup", "plugins/launcher.jar", "-vmargs", "-nl", "-Xmx2g"), LauncherLanguage.withLanguage(ini, ""));
    }

    @Test
    void theLanguageIsWrittenAsOsgiNlIntoConfigIni() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("lc-config");
        java.nio.file.Path ini = dir.resolve("config.ini");
        java.nio.file.Files.write(ini, List.of("#Product Runtime Configuration File", "osgi.nl=en", "eclipse.product=org.landcarbon.ui.product"));
        assertTrue(LauncherLanguage.write(ini, "zh_CN", false));
        assertEquals(List.of("#Product Runtime Configuration File", "eclipse.product=org.landcarbon.ui.product", "osgi.nl=zh_CN"),
                java.nio.file.Files.readAllLines(ini));
        assertTrue(LauncherLanguage.write(ini, "", false));
        assertEquals(List.of("#Product Runtime Configuration File", "eclipse.product=org.landcarbon.ui.product"),
                java.nio.file.Files.readAllLines(ini), "system locale: no osgi.nl");
        assertTrue(LauncherLanguage.configIni().toString().endsWith("config.ini"), String.valueOf(LauncherLanguage.configIni()));
        java.nio.file.Files.delete(ini);
        java.nio.file.Files.delete(dir);
    }
}
