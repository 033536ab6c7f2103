package org.landcarbon.accounting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.landcarbon.accounting.Trail;
import org.landcarbon.accounting.Account;
import org.landcarbon.accounting.AuditReport;
import org.landcarbon.accounting.AuditReport.Comparison;
import org.landcarbon.accounting.AuditReport.TotalCheck;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.ComponentResult;
import org.landcarbon.accounting.Components;
import org.landcarbon.accounting.Figure;
import org.landcarbon.accounting.Trail;
import org.landcarbon.model.ReportedValue;
import org.landcarbon.model.Study;
import org.landcarbon.model.units.BaseDimension;
import org.landcarbon.model.units.Quantity;
import org.landcarbon.model.units.Unit;
import org.landcarbon.model.units.UnitException;
import org.landcarbon.model.units.Units;

/** Compares a study's reported figures with its account and with each other. */
final class Auditor {

    private final Study study;
    private final Account account;

    Auditor(Study study, Account account) {
        this.study = study;
        this.account = account;
    }

    AuditReport audit() {
        Map<Integer, Map<String, ReportedValue>> byYear = new TreeMap<>();
        for (ReportedValue r : study.getReportedValues()) {
            byYear.computeIfAbsent(r.getYear(), y -> new LinkedHashMap<>()).put(r.getComponent(), r);
        }
        List<Comparison> comparisons = new ArrayList<>();
        List<TotalCheck> checks = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, ReportedValue>> e : byYear.entrySet()) {
            int year = e.getKey();
            Map<String, ReportedValue> reported = e.getValue();
            for (ReportedValue r : reported.values()) {
                comparisons.add(compare(year, r));
            }
            checkSum(year, Components.SINKS_TOTAL, ComponentKind.SINK, reported, checks);
            checkSum(year, Components.SOURCES_TOTAL, ComponentKind.SOURCE, reported, checks);
            checkNet(year, reported, checks);
        }
        return new AuditReport(study.getName(), comparisons, checks);
    }

    private Comparison compare(int year, ReportedValue r) {
        Quantity reported = carbon(r);
        Figure computed;
        String id = r.getComponent();
        if (!account.years().contains(year)) {
            computed = Figure.missing(year + " is outside the account's years");
        } else if (Components.isTotal(id)) {
            computed = account.value(year, id);
        } else if (!account.components().contains(id)) {
            computed = Figure.missing("the account has no component " + id);
        } else {
            ComponentResult result = account.result(year, id);
            computed = result.status() == ComponentResult.Status.REPORTED ? Figure.missing("taken from the reported value itself")
                    : account.value(year, id);
        }
        Quantity difference = null;
        Double relative = null;
        if (computed.isPresent()) {
            difference = computed.value().to(Units.T_C).minus(reported.to(Units.T_C));
            relative = reported.value() == 0 ? null : difference.value() / reported.to(Units.T_C).value();
        }
        return new Comparison(year, id, reported, r.getSource() == null ? "" : r.getSource(), computed, difference, relative);
    }

    private static Quantity carbon(ReportedValue r) {
        if (r.getUnit() == null || r.getUnit().isBlank()) {
            throw new UnitException("reported value " + r.getComponent() + " " + r.getYear() + " has no unit");
        }
        Quantity q = new Quantity(r.getValue(), Unit.parse(r.getUnit()));
        return q.unit().dimension().exponent(BaseDimension.CO2) == 1 ? Units.co2ToCarbon(q) : q;
    }

    private ComponentKind kind(String component) {
        if (account.components().contains(component)) {
            return account.kind(component);
        }
        return Components.CONSTRUCTION.equals(component) || Components.AGRICULTURAL_LAND.equals(component) ? ComponentKind.SOURCE
                : ComponentKind.SINK;
    }

    private void checkSum(int year, String totalId, ComponentKind kind, Map<String, ReportedValue> reported, List<TotalCheck> checks) {
        ReportedValue total = reported.get(totalId);
        if (total == null) {
            return;
        }
        Quantity t = carbon(total);
        Quantity sum = new Quantity(0, t.unit());
        List<String> parts = new ArrayList<>();
        List<Double> involved = new ArrayList<>(List.of(total.getValue()));
        for (ReportedValue r : reported.values()) {
            if (Components.isTotal(r.getComponent()) || kind(r.getComponent()) != kind) {
                continue;
            }
            sum = sum.plus(carbon(r));
            parts.add(r.getComponent());
            involved.add(r.getValue());
        }
        if (parts.isEmpty()) {
            return;
        }
        checks.add(check(year, totalId, t, sum, parts, involved, "sum of the reported " + (kind == ComponentKind.SINK ? "sinks" : "sources")));
    }

    private void checkNet(int year, Map<String, ReportedValue> reported, List<TotalCheck> checks) {
        ReportedValue net = reported.get(Components.NET);
        ReportedValue sources = reported.get(Components.SOURCES_TOTAL);
        ReportedValue sinks = reported.get(Components.SINKS_TOTAL);
        if (net == null || sources == null || sinks == null) {
            return;
        }
        Quantity n = carbon(net);
        Quantity expected = carbon(sources).minus(carbon(sinks)).to(n.unit());
        checks.add(check(year, Components.NET, n, expected, List.of(Components.SOURCES_TOTAL, "-" + Components.SINKS_TOTAL),
                List.of(net.getValue(), sources.getValue(), sinks.getValue()), "reported sources_total - sinks_total"));
    }

    private static TotalCheck check(int year, String id, Quantity reported, Quantity expected, List<String> parts, List<Double> involved,
            String what) {
        Quantity difference = reported.minus(expected);
        int decimals = 0;
        for (double v : involved) {
            decimals = Math.max(decimals, Math.max(0, BigDecimal.valueOf(v).stripTrailingZeros().scale()));
        }
        // each printed figure may be off by half a unit of its last decimal
        double tolerance = 0.5 * Math.pow(10, -decimals) * involved.size() + 1e-9;
        boolean ok = Math.abs(difference.value()) <= tolerance;
        String note = ok ? "agrees with the " + what + " within rounding"
                : "differs from the " + what + " by " + Trail.number(difference.value()) + " " + reported.unit();
        return new TotalCheck(year, id, reported, expected, parts, difference, tolerance, ok, note);
    }
}
