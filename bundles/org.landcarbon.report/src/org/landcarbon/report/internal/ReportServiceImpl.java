package org.landcarbon.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AccountOptions;
import org.landcarbon.accounting.AccountingService;
import org.landcarbon.analysis.AnalysisRegistry;
import org.landcarbon.model.Scenario;
import org.landcarbon.model.Study;
import org.landcarbon.report.ReportDocument;
import org.landcarbon.report.ReportDocument.Paragraph;
import org.landcarbon.report.ReportFormat;
import org.landcarbon.report.ReportOptions;
import org.landcarbon.report.ReportService;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The report of a study from the installed accounting, analyses and scenario services. */
@Component(service = ReportService.class)
public final class ReportServiceImpl implements ReportService {

    @Reference
    private AccountingService accounting;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AnalysisRegistry analyses;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProjectionMethodRegistry projections;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ScenarioAccounting scenarioAccounting;

    @Override
    public ReportDocument build(Study study, ReportOptions options) throws Exception {
        List<Scenario> scenarios = ScenarioSection.select(study, options.scenarios());
        Texts texts = Texts.of(options.language());
        ReportDocument doc = new ReportDocument(texts.get("title", study.getName() == null ? texts.get("study.unnamed") : study.getName()),
                options.language());
        ReportContext c = new ReportContext(study, texts, doc);
        doc.add(new Paragraph(texts.get("intro")));
        Account account = accounting.account(study, AccountOptions.DEFAULT);
        AccountSections accountSections = new AccountSections(c, account);
        accountSections.dataSources();
        accountSections.method();
        accountSections.accountTable();
        doc.add(accountSections.sourcesAndSinksFigure());
        new StockSection(c).write();
        AnalysisSections analysis = new AnalysisSections(c, account, analyses);
        analysis.landUse();
        analysis.gra();
        analysis.gm11();
        new ScenarioSection(c).write(scenarios, projections, scenarioAccounting);
        if (!c.citations.isEmpty()) {
            doc.add(new ReportDocument.References(texts.get("section.references"), c.citations.entries()));
        }
        return doc;
    }

    @Override
    public List<Path> write(ReportDocument document, ReportFormat format, Path file) throws IOException {
        return switch (format) {
            case DOCX -> new DocxWriter().write(document, file);
            case TEX -> new TexWriter().write(document, file);
            case MD -> new MarkdownWriter().write(document, file);
        };
    }
}
