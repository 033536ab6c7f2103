package org.landcarbon.ui.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Product name and version as the running bundles say, for the title bar, About and Welcome. */
final class ProductVersion {

    private ProductVersion() {
    }

    static String name() {
        IProduct product = Platform.getProduct();
        return product != null && product.getName() != null ? product.getName() : Messages.productName;
    }

    static String version() {
        Version v = FrameworkUtil.getBundle(ProductVersion.class).getVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }

    static String build() {
        return FrameworkUtil.getBundle(ProductVersion.class).getVersion().getQualifier();
    }

    static String title() {
        return name() + " " + version();
    }
}
