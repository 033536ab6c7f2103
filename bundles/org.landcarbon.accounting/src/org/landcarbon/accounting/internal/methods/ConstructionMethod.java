package org.landcarbon.accounting.internal.methods;

import java.util.Set;

import org.landcarbon.accounting.AccountingContext;
import org.landcarbon.accounting.AccountingMethod;
import org.landcarbon.accounting.ComponentKind;
import org.landcarbon.accounting.Components;

/** What every construction-land method shares: it produces the one source component {@code construction}. */
abstract class ConstructionMethod implements AccountingMethod {

    @Override
    public final Set<String> components(AccountingContext context) {
        return Set.of(Components.CONSTRUCTION);
    }

    @Override
    public final ComponentKind kind(String component) {
        return ComponentKind.SOURCE;
    }
}
