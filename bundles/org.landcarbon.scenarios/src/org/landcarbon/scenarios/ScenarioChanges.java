package org.landcarbon.scenarios;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.landcarbon.model.Scenario;

/**
 * Tells when a scenario changes anywhere inside (name, horizon, a rule, a parameter, an external
 * value, a coefficient), so that a compare editor can call {@link ScenarioComparer#recompute}
 * and redraw. Notifications arrive on the thread that changed the model.
 */
public final class ScenarioChanges {

    private ScenarioChanges() {
    }

    /** Calls {@code listener} after each change of {@code scenario}; close the handle to stop. */
    public static AutoCloseable watch(Scenario scenario, Consumer<Scenario> listener) {
        EContentAdapter adapter = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification); // keeps the adapter on added children
                if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
                    listener.accept(scenario);
                }
            }
        };
        scenario.eAdapters().add(adapter);
        return () -> scenario.eAdapters().remove(adapter);
    }
}
