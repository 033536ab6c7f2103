package org.landcarbon.plugins.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Parses a {@code plugins} action and runs it against the running installation's p2 profile. */
final class PluginsRunner {

    private final PrintStream out;
    private final PrintStream err;

    PluginsRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException, PluginException {
        String action = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (action) {
            case "list" -> {
                noArguments(action, rest);
                return list(provisioner());
            }
            case "install" -> {
                return install(rest);
            }
            case "uninstall" -> {
                if (rest.size() != 1 || rest.get(0).startsWith("-")) {
                    throw new UsageException("uninstall takes one FEATURE, got '" + String.join(" ", rest) + "'");
                }
                Provisioner p = provisioner();
                String gone = p.uninstall(rest.get(0));
                applied(p);
                out.println("uninstalled " + gone + "; it is gone at the next start of landcarbon");
                return Command.OK;
            }
            case "restore" -> {
                noArguments(action, rest);
                Provisioner p = provisioner();
                List<String> done = p.restore();
                applied(p);
                out.println(done.isEmpty() ? "every recorded plugin is installed" : "installed again: " + String.join(", ", done));
                return Command.OK;
            }
            default -> throw new UsageException("unknown action '" + action + "'; use list, install, uninstall or restore");
        }
    }

    private int install(List<String> rest) throws UsageException, PluginException {
        String repository = null;
        boolean acceptUnsigned = false;
        List<String> features = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if ("--repository".equals(a) || "-r".equals(a)) {
                if (i + 1 >= rest.size()) {
                    throw new UsageException("--repository needs a URL, folder or zip file");
                }
                repository = rest.get(++i);
            } else if ("--accept-unsigned".equals(a)) {
                acceptUnsigned = true;
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option '" + a + "'");
            } else {
                features.add(a);
            }
        }
        if (repository == null) {
            throw new UsageException("install needs --repository URL|DIR|ZIP");
        }
        URI location = RepositoryLocation.parse(repository, Path.of("").toAbsolutePath());
        Provisioner p = provisioner();
        List<String> done = p.install(location, features, acceptUnsigned);
        applied(p);
        out.println("installed " + String.join(", ", done) + " from " + location
                + "; its analyses and commands are there at the next start of landcarbon");
        return Command.OK;
    }

    private int list(Provisioner p) throws PluginException {
        List<Provisioner.Installed> all = p.list();
        out.printf("%-44s %-24s %-30s %s%n", "FEATURE", "VERSION", "VENDOR", "ORIGIN");
        for (Provisioner.Installed i : all) {
            out.printf("%-44s %-24s %-30s %s%n", i.feature(), i.version(), i.vendor() == null ? "-" : i.vendor(), i.origin());
            for (String bundle : i.bundles()) {
                out.println("    bundle " + bundle);
            }
        }
        long plugins = all.stream().filter(i -> !"product".equals(i.origin())).count();
        out.println(all.size() + " features, " + plugins + " installed as plugins");
        return Command.OK;
    }

    private static void noArguments(String action, List<String> rest) throws UsageException {
        if (!rest.isEmpty()) {
            throw new UsageException(action + " takes no arguments, got '" + String.join(" ", rest) + "'");
        }
    }

    /** Tells the launcher that this product's profile now matches the record (see PluginState#markApplied). */
    private void applied(Provisioner p) {
        Path marker = marker();
        if (marker == null) {
            return;
        }
        try {
            p.state().markApplied(marker);
        } catch (IOException e) {
            err.println("landcarbon plugins: warning: cannot write " + marker + ": " + e.getMessage());
        }
    }

    /** {@code <installation>/p2/org.landcarbon.plugins.applied}, or null outside an installed product. */
    static Path marker() {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            return null;
        }
        try {
            return Path.of(new URI(area.replace(" ", "%20"))).resolve("p2").resolve("org.landcarbon.plugins.applied");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Provisioner provisioner() throws PluginException {
        BundleContext context = FrameworkUtil.getBundle(PluginsRunner.class).getBundleContext();
        ServiceReference<IProvisioningAgent> ref = context.getServiceReference(IProvisioningAgent.class);
        IProvisioningAgent agent = ref == null ? null : context.getService(ref);
        if (agent == null) {
            throw new PluginException("this installation is not managed by p2 (no provisioning agent; is eclipse.p2.data.area set"
                    + " in configuration/config.ini?)");
        }
        return new Provisioner(agent, IProfileRegistry.SELF, PluginState.fromEnvironment());
    }
}
