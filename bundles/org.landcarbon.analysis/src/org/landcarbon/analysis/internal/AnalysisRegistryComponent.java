package org.landcarbon.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The registry as a DS whiteboard: every {@link Analysis} service, from any bundle, is bound and
 * unbound as bundles come and go. Built-ins get no special path. When two bundles register the same
 * id, the first one bound wins until it goes away.
 */
@Component(service = AnalysisRegistry.class)
public final class AnalysisRegistryComponent implements AnalysisRegistry {

    private final List<Analysis<?>> bound = new CopyOnWriteArrayList<>();

    @Reference(service = Analysis.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAnalysis(Analysis<?> analysis) {
        bound.add(analysis);
    }

    void removeAnalysis(Analysis<?> analysis) {
        bound.remove(analysis);
    }

    @Override
    public List<Analysis<?>> analyses() {
        List<Analysis<?>> out = new ArrayList<>();
        for (Analysis<?> a : bound) {
            if (out.stream().noneMatch(o -> o.descriptor().id().equals(a.descriptor().id()))) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(a -> a.descriptor().id()));
        return List.copyOf(out);
    }

    @Override
    public Optional<Analysis<?>> find(String id) {
        return bound.stream().filter(a -> a.descriptor().id().equals(id)).findFirst();
    }
}
