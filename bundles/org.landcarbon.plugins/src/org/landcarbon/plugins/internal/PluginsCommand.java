package org.landcarbon.plugins.internal;

import java.io.PrintStream;
import java.util.List;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.UsageException;
import org.osgi.service.component.annotations.Component;

/**
 * {@code landcarbon plugins list|install|uninstall|restore}. This class touches no p2 type, so listing the
 * commands (every other command's start) does not load p2; {@link PluginsRunner} does the work.
 */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=plugins")
public final class PluginsCommand implements Command {

    static final String USAGE = """
            Usage: landcarbon plugins list
                   landcarbon plugins install --repository URL|DIR|ZIP [--accept-unsigned] [FEATURE ...]
                   landcarbon plugins uninstall FEATURE
                   landcarbon plugins restore

            Manages institutional plugins (p2 features) of this installation, as Help > Install New Software does
            in the workbench.
              list       the installed features: id, version, vendor, origin repository; for plugins the bundles
              install    installs the named features (all the repository's features not installed yet when none is
                         named) from a p2 repository: an http(s) URL, a folder or a zipped repository. Unsigned
                         content is refused unless --accept-unsigned is given.
              uninstall  removes an installed feature
              restore    installs again the recorded plugins that a rebuilt product lacks (the ./landcarbon
                         launcher does this by itself after a rebuild)
            Installed plugins are recorded, with a copy of their units, in $LANDCARBON_PLUGINS_HOME (default
            ~/.local/share/landcarbon/plugins). Changes take effect at the next start of landcarbon.
            Exit 1 when the repository cannot be read, a feature is not found or does not fit the installed API.""";

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String summary() {
        return "list, install and uninstall plugins from p2 repositories (update sites)";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("name an action: list, install, uninstall or restore");
        }
        return new PluginsRunner(out, err).run(args);
    }
}
