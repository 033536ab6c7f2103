package org.landcarbon.ui.tests;

import org.landcarbon.ui.testsupport.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.model.Series;
import org.landcarbon.model.YearValue;
import org.landcarbon.ui.IStudyEditor;
import org.landcarbon.ui.internal.account.AccountView;

/** The account view: Table 5 layout, units, trail, audit, and recomputation after an edit and its undo. */
class AccountViewTest {

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void accountFollowsEditsInTable5Layout() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.guizhouFromTables("Account", "guizhou-account.landcarbon", true);
        IStudyEditor editor = (IStudyEditor) IDE.openEditor(page, file, "org.landcarbon.ui.editors.study", true);
        AccountView view = (AccountView) page.showView(AccountView.ID);
        page.activate(page.getActiveEditor());
        assertTrue(UiWait.until(display, 20_000, () -> view.account() != null && view.idle()), "account computed");

        // Forest 2005: area derived from the published sink, so the computed sink is the published 510.11.
        assertEquals("510.11", view.cellText(2005, "forest"));
        assertEquals("2,076.29", view.cellText(2005, "net"), "net = sources (reported) - sinks");
        view.setUnit("Mt CO2");
        assertEquals("76.13", view.cellText(2005, "net"), "2076.29 x 10^4 t C x 44/12 = 76.13 Mt CO2");
        view.setUnit("10^4 t C");
        String[] lines = view.tableText('\t').split("\n");
        assertEquals(16, lines.length, "header and 15 years");
        assertTrue(lines[0].startsWith("Year\tGarden") && lines[0].contains("Net emission [10^4 t C]"), lines[0]);
        assertTrue(lines[1].startsWith("2005\t7.74"), lines[1]);
        // The same table as a workbook: the header with its unit, numbers stored as numbers.
        java.nio.file.Path xlsx = java.nio.file.Files.createTempDirectory("account-xlsx").resolve("account.xlsx");
        view.exportXlsx(xlsx);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(strings.contains("Net emission [10^4 t C]"), strings);
            assertTrue(sheet.contains("<v>2005</v>") && sheet.contains("<v>7.74</v>"), "numbers as numbers: " + sheet);
        }
        view.select(2005, "forest");
        String trail = view.trailText();
        assertTrue(trail.contains("sink.forest") && trail.contains("area.forest"), trail);
        assertTrue(trail.contains("Table 5"), "the derived area's provenance is in the trail: " + trail);
        assertTrue(!trail.contains("10^4") && trail.contains("10\u2074 t C"), "units typeset in the trail: " + trail);
        assertTrue(java.util.Arrays.stream(trail.split("\n")).noneMatch(l -> l.startsWith("  = ")), "steps as they are: " + trail);
        assertTrue(java.util.Arrays.stream(trail.split("\n")).noneMatch(l -> l.matches(".*\\d\\.\\d{10,}.*")),
                "no 17-digit numbers: " + trail);
        // The audit: a reported sources total that is not construction + agricultural land (2014-2018) stands out;
        // 2005's totals agree within the rounding of their parts.
        assertNull(view.audit(2005, "sources_total"));
        assertNull(view.audit(2005, "sinks_total"));
        assertNotNull(view.audit(2016, "sources_total"));
        var ref = page.getReference(view);
        page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        UiWait.processEvents(display, 300);
        Screenshots.take(page.getWorkbenchWindow().getShell(), "account-view");
        page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);

        // An edit recomputes without being asked; undo restores the published figure.
        Series forest = editor.study().getSeries().stream().filter(s -> s.getId().equals("area.forest")).findFirst().orElseThrow();
        YearValue v2005 = forest.getValues().get(0);
        var domain = ((org.eclipse.emf.edit.domain.IEditingDomainProvider) editor).getEditingDomain();
        domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, v2005,
                org.landcarbon.model.LandCarbonPackage.Literals.YEAR_VALUE__VALUE, 800.0));
        assertTrue(UiWait.until(display, 20_000, () -> view.idle() && "515.20".equals(view.cellText(2005, "forest"))),
                "800 x 10^4 hm2 x 0.644 = 515.20: " + view.cellText(2005, "forest"));
        assertNotEquals("2,076.29", view.cellText(2005, "net"));
        Screenshots.take(page.getWorkbenchWindow().getShell(), "account-view-after-edit");
        domain.getCommandStack().undo();
        assertTrue(UiWait.until(display, 20_000, () -> view.idle() && "510.11".equals(view.cellText(2005, "forest"))));
        assertNotNull(view.account());
    }
}
