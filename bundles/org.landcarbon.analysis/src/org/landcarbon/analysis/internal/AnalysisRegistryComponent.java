package org.landcarbon.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.landcarbon.analysis.Analysis;
import org.landcarbon.analysis.AnalysisRegistry;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The registry as a DS whiteboard: every {@link Analysis} service, from any bundle, is bound and
 * unbound as bundles come and go. Built-ins get no special path. When two bundles register the same
 * id, the first one bound wins until it goes away.
 *
 * <p>Only the references are bound: getting a service activates its component and bundle, so {@link #find}
 * gets just the one whose {@link Analysis#ID_PROPERTY} matches (one analysis bundle for {@code landcarbon gm11},
 * issue 17), plus, until a match, those without the property, which must be asked their id.
 */
@Component(service = AnalysisRegistry.class)
public final class AnalysisRegistryComponent implements AnalysisRegistry {

    private static final String REFERENCE = "analysis";

    private final List<ServiceReference<Analysis<?>>> bound = new CopyOnWriteArrayList<>();

    private volatile ComponentContext context;

    @Activate
    void activate(ComponentContext componentContext) {
        this.context = componentContext;
    }

    @Reference(name = REFERENCE, service = Analysis.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeAnalysis")
    void addAnalysis(ServiceReference<Analysis<?>> ref) {
        bound.add(ref);
    }

    void removeAnalysis(ServiceReference<Analysis<?>> ref) {
        bound.remove(ref);
    }

    @Override
    public List<Analysis<?>> analyses() {
        List<Analysis<?>> out = new ArrayList<>();
        for (ServiceReference<Analysis<?>> ref : bound) {
            Analysis<?> a = service(ref);
            if (a != null && out.stream().noneMatch(o -> o.descriptor().id().equals(a.descriptor().id()))) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(a -> a.descriptor().id()));
        return List.copyOf(out);
    }

    @Override
    public Optional<Analysis<?>> find(String id) {
        for (ServiceReference<Analysis<?>> ref : bound) {
            Object property = ref.getProperty(Analysis.ID_PROPERTY);
            if (property != null && !id.equals(property)) {
                continue; // another analysis: not activated
            }
            Analysis<?> a = service(ref);
            if (a != null && a.descriptor().id().equals(id)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The service, got through SCR (which ungets it on unbind); null when it went away meanwhile. */
    private Analysis<?> service(ServiceReference<Analysis<?>> ref) {
        ComponentContext c = context;
        return c == null ? null : (Analysis<?>) c.locateService(REFERENCE, ref);
    }
}
