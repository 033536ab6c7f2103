package org.landcarbon.plugins.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.query.QueryUtil;

/** Turns p2's nested statuses into one readable message, naming the LandCarbon API versions a plugin missed. */
final class Explanations {

    private static final Pattern MISSING_PACKAGE = Pattern.compile("java\\.package; (org\\.landcarbon[\\w.]*) ([\\[(][^\\])]*[\\])])");

    private Explanations() {
    }

    /** Every distinct message of the status tree, in order, joined by "; ". */
    static String flatten(IStatus status) {
        Set<String> messages = new LinkedHashSet<>();
        collect(status, messages);
        return String.join("; ", messages);
    }

    /** As {@link #flatten}, plus the installed version of each LandCarbon API package a requirement missed. */
    static String of(IStatus status, IProfile profile) {
        String text = flatten(status);
        Matcher m = MISSING_PACKAGE.matcher(text);
        Set<String> conflicts = new TreeSet<>();
        while (m.find()) {
            String pkg = m.group(1);
            conflicts.add(pkg + " " + m.group(2) + " is required, this installation has " + installed(pkg, profile));
        }
        if (conflicts.isEmpty()) {
            return text;
        }
        return "API version conflict: " + String.join("; ", conflicts)
                + " (the plugin was built for another major version of the LandCarbon API, see API_POLICY.md). Details: " + text;
    }

    private static String installed(String pkg, IProfile profile) {
        Set<String> versions = new TreeSet<>();
        for (IInstallableUnit iu : profile.query(QueryUtil.createIUAnyQuery(), null)) {
            for (IProvidedCapability cap : iu.getProvidedCapabilities()) {
                if ("java.package".equals(cap.getNamespace()) && pkg.equals(cap.getName())) {
                    versions.add(cap.getVersion().toString());
                }
            }
        }
        return versions.isEmpty() ? "no such package" : String.join(", ", versions);
    }

    private static void collect(IStatus status, Set<String> messages) {
        if (status.getMessage() != null && !status.getMessage().isBlank() && !status.isMultiStatus()) {
            messages.add(status.getMessage().strip());
        } else if (status.isMultiStatus() && status.getChildren().length == 0 && status.getMessage() != null) {
            messages.add(status.getMessage().strip());
        }
        for (IStatus child : status.getChildren()) {
            collect(child, messages);
        }
        if (status.getException() != null && status.getException().getMessage() != null && messages.isEmpty()) {
            messages.add(status.getException().getMessage());
        }
    }
}
