package org.landcarbon.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.Study;
import org.landcarbon.model.text.Limits;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The load of a file in the current format as one parse: the checks that {@link StudyFiles#load} makes in a pass of
 * its own before EMF's (the root is a {@code landcarbon:Study} of format version {@link StudyFiles#FORMAT_VERSION},
 * nothing nests deeper than {@link Limits#MAX_XML_DEPTH}) are made inside EMF's SAX handler. Anything else, and any
 * problem, gives {@code null}: the caller then takes its full path, which names the problem (the second parse costs
 * only files that fail or need migrating). A command reading one study saves the StAX parser's start and a parse.
 */
final class OnePassLoad {

    /** Thrown inside the parse to leave it: not a fault of the file, only not this path's case. */
    private static final class NotThisPath extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    private OnePassLoad() {
    }

    /** The study, or {@code null} when the full path must load (or refuse) the file. */
    static Study load(Path file, byte[] bytes) {
        ResourceSet resourceSet = StudyFiles.newResourceSet();
        Checked resource = new Checked(URI.createFileURI(file.toAbsolutePath().toString()));
        resourceSet.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(bytes), StudyFiles.loadOptions());
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (!resource.getErrors().isEmpty() || resource.getContents().size() != 1
                || !(resource.getContents().get(0) instanceof Study study)) {
            return null;
        }
        return study;
    }

    /** An XMI resource whose SAX handler makes the root and depth checks. */
    private static final class Checked extends XMIResourceImpl {

        Checked(URI uri) {
            super(uri);
        }

        @Override
        protected XMLLoad createXMLLoad() {
            return new XMILoadImpl(createXMLHelper()) {
                @Override
                protected DefaultHandler makeDefaultHandler() {
                    return new Handler(resource, helper, options);
                }
            };
        }

        @Override
        protected XMLLoad createXMLLoad(Map<?, ?> options) {
            return createXMLLoad();
        }
    }

    private static final class Handler extends SAXXMIHandler {
        private int depth;

        Handler(org.eclipse.emf.ecore.xmi.XMLResource resource, org.eclipse.emf.ecore.xmi.XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
            if (++depth > Limits.MAX_XML_DEPTH || depth == 1 && !currentStudy(name, attributes)) {
                throw new NotThisPath();
            }
            super.startElement(uri, localName, name, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            depth--;
            super.endElement(uri, localName, name);
        }

        /** The root as this version writes it: other prefixes, versions and roots are the full path's to judge. */
        private static boolean currentStudy(String name, Attributes attributes) {
            return "landcarbon:Study".equals(name) && LandCarbonPackage.eNS_URI.equals(attributes.getValue("xmlns:landcarbon"))
                    && String.valueOf(StudyFiles.FORMAT_VERSION).equals(attributes.getValue("formatVersion"));
        }
    }
}
