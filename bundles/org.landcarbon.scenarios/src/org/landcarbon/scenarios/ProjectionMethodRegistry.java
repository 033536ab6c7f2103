package org.landcarbon.scenarios;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Collects every {@link ProjectionMethod} service, built-in or contributed, as they come and go. */
@Component(service = ProjectionMethodRegistry.class)
public final class ProjectionMethodRegistry {

    private final List<ProjectionMethod> methods = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMethod(ProjectionMethod method) {
        methods.add(method);
    }

    void removeMethod(ProjectionMethod method) {
        methods.remove(method);
    }

    /** The methods registered now. */
    public ProjectionMethods snapshot() {
        return new ProjectionMethods(methods);
    }
}
