package org.landcarbon.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.landcarbon.model.Scenario;
import org.landcarbon.report.ReportDocument.Heading;
import org.landcarbon.report.ReportDocument.Paragraph;
import org.landcarbon.report.ReportDocument.Table;
import org.landcarbon.scenarios.Comparison;
import org.landcarbon.scenarios.ComparisonSettings;
import org.landcarbon.scenarios.KeyFigures;
import org.landcarbon.scenarios.ProjectionMethodRegistry;
import org.landcarbon.scenarios.ScenarioAccounting;
import org.landcarbon.scenarios.ScenarioComparer;
import org.landcarbon.scenarios.ScenarioComparer.ScenarioRef;
import org.landcarbon.scenarios.ScenarioProjector;
import org.landcarbon.scenarios.ScenarioResult;

/** The chosen scenarios' key figures, the same numbers as {@code landcarbon compare}, and their net emission paths. */
final class ScenarioSection {

    private final ReportContext c;

    ScenarioSection(ReportContext context) {
        this.c = context;
    }

    /** The study's scenarios by name, all when {@code names} is null; an unknown name is an error naming the ones there are. */
    static List<Scenario> select(org.landcarbon.model.Study study, List<String> names) {
        if (names == null) {
            return List.copyOf(study.getScenarios());
        }
        List<Scenario> out = new ArrayList<>();
        for (String n : names) {
            out.add(study.getScenarios().stream().filter(s -> n.equals(s.getName())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no scenario '" + n + "' in the study; it has: "
                            + (study.getScenarios().isEmpty() ? "none" : String.join(", ", study.getScenarios().stream().map(Scenario::getName).toList())))));
        }
        return out;
    }

    void write(List<Scenario> scenarios, ProjectionMethodRegistry projections, ScenarioAccounting accounting) throws Exception {
        Texts t = c.texts;
        c.document.add(new Heading(1, t.get("section.scenarios")));
        if (scenarios.isEmpty()) {
            c.document.add(new Paragraph(t.get("scenarios.none")));
            return;
        }
        if (projections == null || accounting == null) {
            c.document.add(new Paragraph(t.get("analysis.missing", "org.landcarbon.scenarios")));
            return;
        }
        List<ScenarioRef> refs = scenarios.stream().map(s -> new ScenarioRef(c.study, s)).toList();
        ComparisonSettings s = ComparisonSettings.defaults();
        Comparison comparison = new ScenarioComparer(new ScenarioProjector(projections.snapshot()), accounting).compare(refs, null, s);
        String unit = ReportContext.unit(comparison.unit());
        List<String> header = new ArrayList<>(List.of(t.get("col.scenario"), t.get("col.peak.year"), t.get("col.peak.value"),
                t.get("col.cumulative", s.cumulativeFrom(), s.cumulativeTo())));
        s.milestones().forEach(y -> header.add(t.get("col.net.in", y)));
        header.add(t.get("col.below", c.number(s.threshold())));
        List<List<String>> rows = new ArrayList<>();
        boolean illustrative = false;
        for (ScenarioResult r : comparison.results()) {
            KeyFigures k = r.figures();
            illustrative |= r.illustrative();
            List<String> row = new ArrayList<>();
            row.add(r.label() + (r.illustrative() ? "*" : ""));
            row.add(k.peak().reached() ? Integer.toString(k.peak().year()) : t.get("peak.none", k.peak().year()));
            row.add(c.number(k.peak().value()));
            row.add(k.cumulative() == null ? Numbers.NONE : c.number(k.cumulative()));
            for (int y : s.milestones()) {
                OptionalDouble v = Comparison.net(r, y);
                row.add(v.isPresent() ? c.number(v.getAsDouble()) : Numbers.NONE);
            }
            row.add(k.belowYear().isPresent() ? Integer.toString(k.belowYear().getAsInt()) : Numbers.NONE);
            rows.add(row);
        }
        c.document.add(new Paragraph(t.get("scenarios.intro", comparison.results().size())));
        c.document.add(new Table(c.tableCaption("table.scenarios", c.studyName(), unit), header, rows,
                t.get("scenarios.note") + (illustrative ? " " + t.get("scenarios.illustrative") : "")));

        int first = comparison.years().first();
        int last = comparison.years().last();
        int[] axis = new int[last - first + 1];
        for (int i = 0; i < axis.length; i++) {
            axis[i] = first + i;
        }
        ChartPainter chart = new ChartPainter(axis, t.get("axis.year"), t.get("axis.net", unit));
        for (ScenarioResult r : comparison.results()) {
            double[] v = new double[axis.length];
            for (int i = 0; i < axis.length; i++) {
                OptionalDouble x = r.account().net().get(axis[i]);
                v[i] = x.isPresent() ? x.getAsDouble() : Double.NaN;
            }
            chart.add(new ChartPainter.Series(r.label(), v, false, false));
        }
        c.document.add(AccountSections.figure(chart, "scenarios", c.figureCaption("figure.scenarios", c.studyName(), first, last)));
    }
}
