package org.landcarbon.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.landcarbon.model.Study;

/**
 * Builds a study's report (data sources, method with coefficients and citations, the account in the seed's
 * Table 5 layout, land-use structure, grey relational analysis, GM(1,1), scenario key figures, figures,
 * references) and writes it. Obtain it as an OSGi service.
 */
public interface ReportService {

    ReportDocument build(Study study, ReportOptions options) throws Exception;

    /**
     * Writes the document to {@code file} (replacing it); LaTeX and Markdown put each figure beside it as
     * {@code <file stem>-<figure name>.png}.
     *
     * @return every file written, the document first
     */
    List<Path> write(ReportDocument document, ReportFormat format, Path file) throws IOException;
}
