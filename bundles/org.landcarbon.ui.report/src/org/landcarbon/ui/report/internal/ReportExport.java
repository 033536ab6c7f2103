package org.landcarbon.ui.report.internal;

import java.nio.file.Path;
import java.util.List;

import org.landcarbon.model.Study;
import org.landcarbon.report.ReportDocument;
import org.landcarbon.report.ReportFormat;
import org.landcarbon.report.ReportOptions;
import org.landcarbon.report.ReportService;
import org.landcarbon.ui.Services;

/** The report service as the workbench calls it: all scenarios, the given language. */
public final class ReportExport {

    public record Result(List<Path> files, int tables, int figures) {
    }

    private ReportExport() {
    }

    public static Result write(Study study, Path file, ReportFormat format, String language) throws Exception {
        // The report draws its figures with Java2D into images only; headless AWT never opens an X connection
        // or toolkit of its own beside SWT's (it is read once, before AWT first starts).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        ReportService reports = Services.get(ReportService.class);
        if (reports == null) {
            throw new IllegalStateException("the report service (bundle org.landcarbon.report) is not running");
        }
        ReportDocument doc = reports.build(study, new ReportOptions(null, language));
        return new Result(reports.write(doc, format, file), doc.tables().size(), doc.figures().size());
    }
}
