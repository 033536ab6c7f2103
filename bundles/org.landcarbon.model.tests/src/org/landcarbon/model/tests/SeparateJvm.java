package org.landcarbon.model.tests;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.landcarbon.model.Study;

/** Starts a plain JVM (no OSGi) on the model bundle, EMF and this fragment, as a command-line user of the model would. */
public final class SeparateJvm {

    private SeparateJvm() {
    }

    public static ProcessBuilder command(Class<?> main, String... args) throws URISyntaxException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classpath(main));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    // Inside tycho-surefire's OSGi runtime each bundle's classes carry their jar or class folder as code source.
    private static String classpath(Class<?> main) throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(main, Study.class, EObject.class, XMIResourceImpl.class, URI.class)) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new AssertionError("cannot find the jar or folder of " + c.getName() + " to start a separate JVM");
            }
            entries.add(Path.of(source.getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
