package org.landcarbon.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.Study;

/** Reads and writes {@code *.landcarbon} study files (XMI). */
public final class StudyFiles {

    /** The file extension of a study. */
    public static final String EXTENSION = "landcarbon";

    private StudyFiles() {
    }

    /** A resource set that knows the study model, usable with or without a running OSGi framework. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(LandCarbonPackage.eNS_URI, LandCarbonPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new XMIResourceFactoryImpl());
        return resourceSet;
    }

    public static Study load(Path file) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.load(Map.of());
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Study study)) {
            throw new IOException(file + ": not a LandCarbon study (no <Study> root element)");
        }
        return study;
    }

    public static void save(Study study, Path file) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(study);
        resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
    }
}
