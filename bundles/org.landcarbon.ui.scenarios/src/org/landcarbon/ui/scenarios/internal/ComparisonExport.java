package org.landcarbon.ui.scenarios.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.landcarbon.io.TableWorkbooks;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ComparisonTables;
import org.landcarbon.scenarios.ScenarioResult;
import org.landcarbon.ui.charts.ChartExport;

/**
 * Writes a comparison to a folder: the tables as CSV with full precision (key figures and the
 * yearly table exactly as {@code landcarbon compare --format csv} writes them, each scenario's
 * account, each scenario's differences to the reference), the key figures and yearly table also as
 * XLSX, the net emission chart as PNG and SVG,
 * and each scenario's sources-and-sinks chart as PNG and SVG.
 */
public final class ComparisonExport {

    static final int WIDTH = 1400;
    static final int HEIGHT = 800;

    private ComparisonExport() {
    }

    /** The files written, in order. UI thread (the PNGs are drawn by SWT). */
    public static List<Path> write(ComparisonSession session, Path dir) throws IOException {
        Comparison c = session.comparison();
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        files.add(csv(dir.resolve("key-figures.csv"), ComparisonTables.keyFigures(c)));
        files.add(csv(dir.resolve("net-emission-by-year.csv"), ComparisonTables.netByYear(c)));
        files.add(xlsx(dir.resolve("key-figures.xlsx"), "key figures", ComparisonTables.keyFigures(c)));
        files.add(xlsx(dir.resolve("net-emission-by-year.xlsx"), "net emission", ComparisonTables.netByYear(c)));
        for (ScenarioResult r : c.results()) {
            files.add(csv(dir.resolve("account-" + slug(r.label()) + ".csv"), ComparisonTables.account(r)));
            if (r != c.reference()) {
                files.add(csv(dir.resolve("difference-" + slug(r.label()) + "-vs-" + slug(c.reference().label()) + ".csv"),
                        ComparisonTables.componentDifferences(c, r)));
            }
        }
        NetPaths paths = NetPaths.of(c, session.decimals(), CompareScenariosEditor.chartTitle(session), session.bands());
        Path png = dir.resolve("net-emission.png");
        png(paths, png, WIDTH, HEIGHT);
        files.add(png);
        Path svg = dir.resolve("net-emission.svg");
        Files.writeString(svg, NetPathsSvg.render(paths, WIDTH, HEIGHT), StandardCharsets.UTF_8);
        files.add(svg);
        for (ScenarioResult r : c.results()) {
            var model = SourcesSinksModels.of(session, c, r);
            Path p = dir.resolve("sources-sinks-" + slug(r.label()) + ".png");
            ChartExport.png(model, p, WIDTH, HEIGHT, 96);
            files.add(p);
            Path s = dir.resolve("sources-sinks-" + slug(r.label()) + ".svg");
            ChartExport.svg(model, s, WIDTH, HEIGHT);
            files.add(s);
        }
        return files;
    }

    private static Path xlsx(Path file, String sheet, ComparisonTables.Table table) throws IOException {
        TableWorkbooks.write(file, sheet, table.header(), table.rows());
        return file;
    }

    private static Path csv(Path file, ComparisonTables.Table table) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ComparisonTables.writeCsv(table, w);
        }
        return file;
    }

    /** Draws the net emission chart off screen into a PNG, as a printer would get it. */
    static void png(NetPaths model, Path file, int width, int height) throws IOException {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("PNG export draws with SWT and must run on the UI thread");
        }
        Shell shell = new Shell(display, SWT.NO_TRIM);
        Image image = null;
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(width, height);
            Chart chart = NetPathsChart.create(shell, model);
            shell.layout(true, true);
            chart.updateLayout();
            image = new Image(display, width, height);
            GC gc = new GC(image);
            try {
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, width, height);
                chart.printChart(gc, new Rectangle(0, 0, width, height));
            } finally {
                gc.dispose();
            }
            ChartExport.savePng(image, file);
        } finally {
            if (image != null) {
                image.dispose();
            }
            shell.dispose();
        }
    }

    /** A file-name part from a label: letters (any script) and digits kept, the rest one dash. */
    static String slug(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "scenario" : s;
    }
}
