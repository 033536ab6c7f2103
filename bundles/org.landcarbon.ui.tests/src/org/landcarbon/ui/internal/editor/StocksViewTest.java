package org.landcarbon.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.landcarbon.model.Series;
import org.landcarbon.model.Study;
import org.landcarbon.ui.charts.internal.StocksView;
import org.landcarbon.ui.testsupport.Screenshots;
import org.landcarbon.ui.tests.TestStudies;
import org.landcarbon.ui.tests.UiWait;

/**
 * The Carbon Stocks view beside the account: densities imported on the editor's Carbon stocks page (made-up test
 * densities, not literature values), a stock checked against area x density by hand, a refused cell, an edit and
 * its undo, the change as an emission equivalent in CO2.
 */
class StocksViewTest {

    /** Test densities (t C / hm2), made up for this test; sums: forest 202, grassland 60, garden 80, water 5, unused 10. */
    static final String DENSITIES = """
            # made-up test densities, not literature values
            class,above,below,soil,dead,unit,source
            Woodland,40,10,150,2,t C / hm2,test densities (made up)
            grassland,5,15,40,0,t C / hm2,test densities (made up)
            garden,20,10,50,0,t C / hm2,test densities (made up)
            water,0,0,5,0,t C / hm2,test densities (made up)
            unused,1,1,8,0,t C / hm2,test densities (made up)
            """;

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private static double area(Study s, String classId, int year) {
        Series a = s.getSeries().stream().filter(x -> ("area." + classId).equals(x.getId())).findFirst().orElseThrow();
        assertEquals("10^4 hm2", a.getUnit());
        return a.getValues().stream().filter(v -> v.getYear() == year).findFirst().orElseThrow().getValue();
    }

    private static String cell(Table table, Object row, String header) {
        int col = -1;
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(header)) {
                col = i;
            }
        }
        assertTrue(col > 0, "column " + header);
        for (TableItem item : table.getItems()) {
            if (row.equals(item.getData())) {
                return item.getText(col);
            }
        }
        throw new AssertionError("no row " + row);
    }

    @Test
    void stocksOfImportedDensitiesAreAreaTimesDensity() throws Exception {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        IFile file = TestStudies.guizhouFromTables("StocksTest", "stocks-ui-test.landcarbon", true);
        StudyEditor editor = (StudyEditor) IDE.openEditor(page, file, StudyEditor.ID, true);
        StocksView view = (StocksView) page.showView(StocksView.ID);
        page.activate(editor);
        view.setUnit("10^4 t C");
        assertTrue(UiWait.until(display, 30_000, view::idle), "computed");
        assertNull(view.shown(), "no densities yet: the view says how to add them");

        DensitiesPage stocks = (DensitiesPage) editor.showPage(StudyEditor.PAGE_STOCKS);
        Path dir = Files.createTempDirectory("stocks-ui");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, DENSITIES.replace("grassland,5", "Moon rock,5"), StandardCharsets.UTF_8);
        String refused = stocks.importFile(bad);
        assertNotNull(refused);
        assertTrue(refused.startsWith("bad.csv, row 4, column class: 'Moon rock' is not a land class"), refused);
        assertTrue(editor.study().getCarbonDensities().isEmpty(), "all or nothing");

        Path good = dir.resolve("densities.csv");
        Files.writeString(good, DENSITIES, StandardCharsets.UTF_8);
        assertNull(stocks.importFile(good));
        assertEquals(5, editor.study().getCarbonDensities().size());
        page.activate(editor);
        assertTrue(UiWait.until(display, 30_000, () -> view.idle() && view.shown() != null), "stocks shown");

        // By hand: forest 2005 = area (10^4 hm2) x (40 + 10 + 150 + 2) t C / hm2 = area x 202 10^4 t C.
        Study study = editor.study();
        double forest2005 = area(study, "forest", 2005) * 202;
        assertEquals(String.format(Locale.ROOT, "%,.2f", forest2005), cell(view.table(), 2005, view.shown().label("forest")));
        double total2005 = area(study, "forest", 2005) * 202 + area(study, "grassland", 2005) * 60 + area(study, "garden", 2005) * 80
                + area(study, "water", 2005) * 5 + area(study, "unused", 2005) * 10;
        double total2019 = area(study, "forest", 2019) * 202 + area(study, "grassland", 2019) * 60 + area(study, "garden", 2019) * 80
                + area(study, "water", 2019) * 5 + area(study, "unused", 2019) * 10;
        assertEquals(String.format(Locale.ROOT, "%,.2f", total2005), cell(view.table(), 2005, view.shown().label("total")));
        view.changeBetween(2005, 2019);
        assertEquals(String.format(Locale.ROOT, "%,.2f", total2019 - total2005), cell(view.table(), StocksView.CHANGE, view.shown().label("total")));
        // emission equivalent = -(change) x 44/12, in 10^4 t CO2
        assertEquals(String.format(Locale.ROOT, "%,.2f", -(total2019 - total2005) * 44 / 12), cell(view.table(), StocksView.EMISSION, view.shown().label("total")));
        view.select(2005, "forest");
        assertTrue(view.trailText().contains("= 202 t C / hm\u00b2 (study densities row 1; source: test densities (made up); imported from densities.csv row 3)"),
                view.trailText());
        assertTrue(view.trailText().startsWith("area.forest 2005 = "), view.trailText());
        assertEquals(study.getSeries().stream().filter(s -> s.getId().startsWith("area.")).count(), view.shown().account().classes().size());
        Screenshots.take(page.getWorkbenchWindow().getShell(), "stocks-view");

        // A refused cell changes nothing; an accepted one recomputes; undo restores.
        String message = stocks.type("forest", "above", "4O");
        assertTrue(message.contains("'4O' is not a number"), message);
        assertEquals(40, study.getCarbonDensities().get(0).getAbove(), 0);
        assertNull(stocks.type("forest", "above", "50"));
        assertEquals(50, study.getCarbonDensities().get(0).getAbove(), 0);
        page.activate(editor);
        assertTrue(UiWait.until(display, 30_000, () -> view.idle()
                && cell(view.table(), 2005, view.shown().label("forest")).equals(String.format(Locale.ROOT, "%,.2f", area(study, "forest", 2005) * 212))), "212");
        editor.commandStack().undo();
        assertEquals(40, study.getCarbonDensities().get(0).getAbove(), 0);
        assertTrue(UiWait.until(display, 30_000, () -> view.idle()
                && cell(view.table(), 2005, view.shown().label("forest")).equals(String.format(Locale.ROOT, "%,.2f", forest2005))), "undone");
        assertTrue(stocks.type("water", "unit", "t C / (hm2 a)").contains("carbon per area"));
        assertTrue(stocks.type("water", "source", " ").contains("source"));
        Screenshots.take(page.getWorkbenchWindow().getShell(), "stocks-page");

        // A value that fits only another unit is a number, so the cell takes it; validate's warning (the accounting's
        // contributed density check) is a marker that opens the page at the row.
        assertNull(stocks.type("forest", "soil", "1500"));
        editor.updateMarkers();
        IMarker slip = java.util.Arrays.stream(file.findMarkers(StudyMarkers.TYPE, false, 0))
                .filter(m -> m.getAttribute(IMarker.LOCATION, "").equals("forest, soil")).findFirst().orElseThrow(() -> new AssertionError("no marker"));
        assertEquals(IMarker.SEVERITY_WARNING, slip.getAttribute(IMarker.SEVERITY, -1));
        String text = slip.getAttribute(IMarker.MESSAGE, "");
        assertTrue(text.contains("study densities row 1 (forest), column soil: 1500 t C / hm2 is more than any land holds as soil organic carbon"), text);
        editor.showPage(StudyEditor.PAGE_OVERVIEW);
        IDE.gotoMarker(editor, slip);
        assertEquals(StudyEditor.PAGE_STOCKS, editor.getActivePageInstance().getId());
        assertEquals(study.getCarbonDensities().get(0), stocks.viewer().getStructuredSelection().getFirstElement());
    }
}
