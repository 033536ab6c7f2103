package org.landcarbon.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Name and version of the product, read from the running bundle rather than written down twice. */
public final class ProductInfo {

    public static final String NAME = "LandCarbon Workbench";

    private ProductInfo() {
    }

    /** The release version, e.g. {@code 0.1.0}. */
    public static String version() {
        Version v = bundleVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }

    /** The build qualifier (a timestamp), empty when run from an unqualified bundle. */
    public static String build() {
        return bundleVersion().getQualifier();
    }

    private static Version bundleVersion() {
        Bundle bundle = FrameworkUtil.getBundle(ProductInfo.class);
        return bundle == null ? Version.emptyVersion : bundle.getVersion();
    }
}
