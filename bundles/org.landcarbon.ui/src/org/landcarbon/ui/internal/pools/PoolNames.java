package org.landcarbon.ui.internal.pools;

import org.eclipse.osgi.util.NLS;
import org.landcarbon.accounting.stock.CarbonPool;

/** The carbon pools' names in the workbench's language, for the editor's Carbon stocks page and the Carbon Stocks view. */
public final class PoolNames extends NLS {

    private static final String BUNDLE_NAME = "org.landcarbon.ui.internal.pools.pools";

    public static String pool_above;
    public static String pool_below;
    public static String pool_soil;
    public static String pool_dead;

    /** A pool's name in the workbench's language. */
    public static String of(CarbonPool p) {
        return switch (p) {
            case ABOVE -> pool_above;
            case BELOW -> pool_below;
            case SOIL -> pool_soil;
            case DEAD -> pool_dead;
        };
    }

    static {
        NLS.initializeMessages(BUNDLE_NAME, PoolNames.class);
    }

    private PoolNames() {
    }
}
