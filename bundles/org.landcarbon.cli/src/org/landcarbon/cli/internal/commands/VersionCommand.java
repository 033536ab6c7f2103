package org.landcarbon.cli.internal.commands;

import java.io.PrintStream;
import java.util.List;

import org.landcarbon.cli.Command;
import org.landcarbon.cli.ProductInfo;
import org.landcarbon.cli.UsageException;
import org.osgi.service.component.annotations.Component;

/** {@code landcarbon version}: the product version, its build and the Java it runs on. */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=version")
public final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print the product version";
    }

    @Override
    public String usage() {
        return "Usage: landcarbon version\n\nPrints the product version, its build qualifier and the Java runtime.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments, got '" + String.join(" ", args) + "'");
        }
        String build = ProductInfo.build();
        out.println(ProductInfo.NAME + " " + ProductInfo.version() + (build.isEmpty() ? "" : " (build " + build + ")"));
        out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        return OK;
    }
}
