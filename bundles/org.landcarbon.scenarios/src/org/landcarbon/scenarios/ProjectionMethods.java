package org.landcarbon.scenarios;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.landcarbon.scenarios.internal.rules.ConstantMethod;
import org.landcarbon.scenarios.internal.rules.Gm11Method;
import org.landcarbon.scenarios.internal.rules.GrowthRateMethod;
import org.landcarbon.scenarios.internal.rules.LinearTrendMethod;
import org.landcarbon.scenarios.internal.rules.MarkovChainMethod;
import org.landcarbon.scenarios.internal.rules.TargetMethod;

/** A set of projection methods by rule kind: the registry's snapshot, or the built-in ones outside OSGi. */
public final class ProjectionMethods {

    private final Map<String, ProjectionMethod> byKind = new TreeMap<>();

    public ProjectionMethods(Collection<? extends ProjectionMethod> methods) {
        for (ProjectionMethod m : methods) {
            byKind.putIfAbsent(m.kind(), m);
        }
    }

    /**
     * The rules this bundle ships, for code that runs without a framework (the sample generator,
     * plain tests). In the product use {@link ProjectionMethodRegistry}, which also sees contributed rules.
     */
    public static ProjectionMethods builtIn() {
        return new ProjectionMethods(builtInMethods());
    }

    static List<ProjectionMethod> builtInMethods() {
        return List.of(new ConstantMethod(), new GrowthRateMethod(), new TargetMethod(), new LinearTrendMethod(),
                new MarkovChainMethod(), new Gm11Method());
    }

    public Optional<ProjectionMethod> find(String kind) {
        return Optional.ofNullable(kind == null ? null : byKind.get(kind));
    }

    /** All methods, ordered by kind. */
    public List<ProjectionMethod> all() {
        return List.copyOf(byKind.values());
    }

    /** A one-line summary of a rule, e.g. "growth 1.9 %/a", or its kind when no method knows it. */
    public String summarize(String scenarioName, org.landcarbon.model.ProjectionRule rule) {
        RuleParameters p = RuleParameters.of(scenarioName, rule);
        String until = p.text("until").map(u -> " until " + u).orElse("");
        return find(rule.getKind()).map(m -> m.summarize(p)).orElse(rule.getKind() + " (no such rule installed)") + until;
    }
}
