package org.landcarbon.plugins.internal;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.spi.IAgentServiceFactory;
import org.osgi.service.component.annotations.Component;

/** Offers {@link JdkTransport} to every p2 agent: the command line's and the workbench's Install New Software. */
@Component(service = IAgentServiceFactory.class,
        property = IAgentServiceFactory.PROP_CREATED_SERVICE_NAME + "=org.eclipse.equinox.internal.p2.repository.Transport")
public final class JdkTransportFactory implements IAgentServiceFactory {

    @Override
    public Object createService(IProvisioningAgent agent) {
        return new JdkTransport();
    }
}
