package org.landcarbon.ui.report.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    public static String title;
    public static String noStudy;
    public static String wrote;
    public static String failed;
    public static String jobName;
    public static String filterDocx;
    public static String filterTex;
    public static String filterMd;

    static {
        NLS.initializeMessages("org.landcarbon.ui.report.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
