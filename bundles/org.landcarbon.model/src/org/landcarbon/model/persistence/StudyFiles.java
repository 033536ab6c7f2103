package org.landcarbon.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.landcarbon.model.LandCarbonPackage;
import org.landcarbon.model.Study;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes {@code *.landcarbon} study files (XMI, UTF-8).
 *
 * <p>Saving never leaves a broken file: the study is serialized in memory, written to a temporary file in the
 * same folder, flushed to disk, and renamed over the old file in one atomic step; the old file becomes
 * {@code <file>.bak}. Loading refuses DTDs and never resolves external entities, names the line and column of
 * a problem, migrates files of an older format version and refuses newer ones. See docs/study-files.md.
 */
public final class StudyFiles {

    /** The file extension of a study. */
    public static final String EXTENSION = "landcarbon";

    /** The format version this code writes; files up to it are read, older ones migrated. */
    public static final int FORMAT_VERSION = 3;

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private StudyFiles() {
    }

    /** A resource set that knows the study model, usable with or without a running OSGi framework. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(LandCarbonPackage.eNS_URI, LandCarbonPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new XMIResourceFactoryImpl());
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    /** EMF load options: a parser that refuses DTDs and external entities. */
    public static Map<Object, Object> loadOptions() {
        Map<String, Boolean> features = new HashMap<>();
        features.put(DISALLOW_DOCTYPE, Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return options;
    }

    /** EMF save options: UTF-8, one element per line so that problems can be named by line. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        return options;
    }

    /** The backup the last save left: {@code <file>.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    // ---------------------------------------------------------------- load

    /**
     * Loads a study. An older format is migrated in memory (the file is not touched until saved);
     * {@link Study#getFormatVersion()} is then {@link #FORMAT_VERSION}.
     *
     * @throws StudyFileException naming the file, line, column and problem
     */
    public static Study load(Path file) throws StudyFileException {
        byte[] bytes = read(file);
        int version = formatVersion(file, bytes);
        if (version > FORMAT_VERSION) {
            throw new StudyFileException(file, "written with study format version " + version + " by a newer LandCarbon Workbench; "
                    + "this version reads format versions up to " + FORMAT_VERSION + ". Open it with a newer version", null);
        }
        if (version < FORMAT_VERSION) {
            bytes = migrate(file, bytes, version);
        }
        Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(new ByteArrayInputStream(bytes), loadOptions());
        } catch (IOException | RuntimeException e) {
            throw loadError(file, resource, e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw loadError(file, resource, null);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Study study)) {
            throw new StudyFileException(file, "not a LandCarbon study (no <landcarbon:Study> root element)", null);
        }
        study.setFormatVersion(FORMAT_VERSION);
        return study;
    }

    /** The format version a file declares (1 when it declares none), without loading it. */
    public static int formatVersion(Path file) throws StudyFileException {
        return formatVersion(file, read(file));
    }

    private static byte[] read(Path file) throws StudyFileException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new StudyFileException(file, "the file is empty", null);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new StudyFileException(file, "no such file", e);
        } catch (StudyFileException e) {
            throw e;
        } catch (IOException e) {
            throw new StudyFileException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads the root element only, with a parser that does not process DTDs. */
    private static int formatVersion(Path file, byte[] bytes) throws StudyFileException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new StudyFileException(file, reader.getLocation().getLineNumber(), -1,
                            "a DOCTYPE declaration is not allowed in a study file (external entities are never resolved)", null);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!"Study".equals(reader.getLocalName()) || !LandCarbonPackage.eNS_URI.equals(reader.getNamespaceURI())) {
                        throw new StudyFileException(file, reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber(),
                                "not a LandCarbon study: the root element is <" + reader.getName() + ">, expected <landcarbon:Study> in namespace "
                                        + LandCarbonPackage.eNS_URI, null);
                    }
                    String v = reader.getAttributeValue(null, "formatVersion");
                    if (v == null) {
                        return 1; // version 1 files did not write it
                    }
                    try {
                        return Integer.parseInt(v.strip());
                    } catch (NumberFormatException e) {
                        throw new StudyFileException(file, reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber(),
                                "formatVersion \"" + v + "\" is not a whole number", e);
                    }
                }
            }
            throw new StudyFileException(file, "no root element: not a LandCarbon study", null);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
            throw new StudyFileException(file, line, column, "not well-formed XML: " + stripLocation(e.getMessage()), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a byte array cannot lose data
                }
            }
        }
    }

    private static byte[] migrate(Path file, byte[] bytes, int version) throws StudyFileException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(bytes));
            StudyMigrations.migrate(document, version);
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
            t.transform(new DOMSource(document), new StreamResult(out));
            return keepPrologLines(bytes, out.toByteArray());
        } catch (SAXParseException e) {
            throw new StudyFileException(file, e.getLineNumber(), e.getColumnNumber(), "not well-formed XML: " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException | TransformerException e) {
            throw new StudyFileException(file, "cannot migrate from format version " + version + ": " + e.getMessage(), e);
        }
    }

    /**
     * The serializer writes the root element right after the XML declaration; put back the line breaks the
     * original had before it, so that problems in a migrated file are named by the file's own line numbers.
     */
    private static byte[] keepPrologLines(byte[] original, byte[] migrated) {
        int missing = newlines(original, rootStart(original)) - newlines(migrated, rootStart(migrated));
        int at = rootStart(migrated);
        if (missing <= 0 || at < 0) {
            return migrated;
        }
        byte[] out = new byte[migrated.length + missing];
        System.arraycopy(migrated, 0, out, 0, at);
        java.util.Arrays.fill(out, at, at + missing, (byte) '\n');
        System.arraycopy(migrated, at, out, at + missing, migrated.length - at);
        return out;
    }

    // The first '<' that opens an element (not '<?' or '<!'); ASCII '<' never occurs inside a multi-byte character.
    private static int rootStart(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '<' && bytes[i + 1] != '?' && bytes[i + 1] != '!') {
                return i;
            }
        }
        return -1;
    }

    private static int newlines(byte[] bytes, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            n += bytes[i] == '\n' ? 1 : 0;
        }
        return n;
    }

    private static StudyFileException loadError(Path file, Resource resource, Exception thrown) {
        // EMF records each problem (with line and column) in the resource's errors; name the first
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            int more = resource.getErrors().size() - 1;
            String problem = describe(first);
            for (Throwable t = first instanceof Throwable ft ? ft : null; t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof SAXParseException sax) {
                    problem = "not well-formed XML: " + sax.getMessage();
                    break;
                }
            }
            problem += more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : "";
            return new StudyFileException(file, first.getLine(), first.getColumn(), problem, thrown);
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return new StudyFileException(file, sax.getLineNumber(), sax.getColumnNumber(), "not well-formed XML: " + sax.getMessage(), thrown);
            }
            if (t instanceof XMIException xmi) {
                return new StudyFileException(file, xmi.getLine(), xmi.getColumn(), stripLocation(xmi.getMessage()), thrown);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String message = thrown == null ? "cannot be read" : thrown.getMessage();
        return new StudyFileException(file, "cannot be read: " + message, thrown);
    }

    /** Says what is wrong in the terms of the file: which value of which attribute, and what it should be. */
    private static String describe(Resource.Diagnostic error) {
        if (error instanceof IllegalValueException illegal && illegal.getFeature() != null) {
            EStructuralFeature feature = illegal.getFeature();
            String owner = illegal.getObject() == null ? "" : " of <" + illegal.getObject().eClass().getName() + ">";
            String expected = switch (feature.getEType().getInstanceClassName() == null ? "" : feature.getEType().getInstanceClassName()) {
                case "double", "java.lang.Double" -> "a number such as 12.5 (with a dot, no thousands separator)";
                case "int", "java.lang.Integer" -> "a whole number";
                case "boolean" -> "true or false";
                default -> feature.getEType() instanceof EEnum e
                        ? "one of " + String.join(", ", e.getELiterals().stream().map(EEnumLiteral::getLiteral).toList())
                        : "a valid " + feature.getEType().getName();
            };
            return "'" + illegal.getValue() + "' is not a valid value for " + feature.getName() + owner + ": expected " + expected;
        }
        if (error instanceof FeatureNotFoundException notFound) {
            return "unknown element or attribute '" + notFound.getName() + "' (not part of the study model; misspelled?)";
        }
        return stripLocation(error.getMessage());
    }

    /** EMF appends " (uri, line, column)" to its messages; the exception carries those separately. */
    private static String stripLocation(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String m = message.replaceFirst("\\s*\\((file|platform|archive|bundle|http)[^()]*,\\s*-?\\d+,\\s*-?\\d+\\)\\s*$", "");
        m = m.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return m.strip();
    }

    // ---------------------------------------------------------------- save

    /**
     * Saves atomically: serialize in memory, write {@code .<name>.<random>.tmp} in the same folder, force it to
     * disk, keep the current file as {@code <file>.bak}, rename the temporary file over the file. A process killed
     * at any point leaves the old or the new complete file. Sets {@link Study#setFormatVersion} to the current one.
     */
    public static void save(Study study, Path file) throws IOException {
        byte[] bytes = toBytes(study);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StudyFileException(file, "the folder " + dir + " does not exist", null);
        }
        String name = target.getFileName().toString();
        deleteStaleTemporaryFiles(dir, name);
        // not Files.createTempFile: its owner-only permissions would end up on the study file
        Path temp = Files.createFile(dir.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong() >>> 1) + ".tmp"));
        Path backupTemp = null;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (Files.exists(target)) {
                copyPermissions(target, temp);
                backupTemp = dir.resolve("." + name + ".bak." + Long.toHexString(System.nanoTime()) + ".tmp");
                linkOrCopy(target, backupTemp);
                moveAtomically(backupTemp, backupOf(target));
                backupTemp = null;
            }
            moveAtomically(temp, target);
            temp = null;
            syncDirectory(dir);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
            if (backupTemp != null) {
                Files.deleteIfExists(backupTemp);
            }
        }
    }

    /** The study as the bytes {@link #save} writes (stamped with the current format version). Leaves it in its resource. */
    public static byte[] toBytes(Study study) throws IOException {
        study.setFormatVersion(FORMAT_VERSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Resource own = study.eResource();
        if (own != null && own.getContents().size() == 1) {
            own.save(out, saveOptions());
        } else {
            Resource resource = newResourceSet().createResource(URI.createURI("study." + EXTENSION));
            Resource previous = study.eResource();
            resource.getContents().add(study);
            try {
                resource.save(out, saveOptions());
            } finally {
                resource.getContents().remove(study);
                if (previous != null) {
                    previous.getContents().add(study);
                }
            }
        }
        return out.toByteArray();
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the new file has the folder's default permissions
        }
    }

    // The backup is the old file's own bytes: a hard link costs nothing; a copy where links are not supported.
    private static void linkOrCopy(Path target, Path backupTemp) throws IOException {
        try {
            Files.createLink(backupTemp, target);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            Files.deleteIfExists(backupTemp);
            copyAndSync(target, backupTemp);
        }
    }

    private static void copyAndSync(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel channel = FileChannel.open(to, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new StudyFileException(to, "the file system cannot replace the file atomically; not saved (the old file is untouched)", e);
        }
    }

    // Makes the rename itself durable; not possible on every platform (Windows cannot open a folder).
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename is atomic all the same; only its durability after a power cut depends on this
        }
    }

    // Temporary files of saves that were killed before their rename; never the study or its backup.
    private static void deleteStaleTemporaryFiles(Path dir, String name) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "." + name + ".*.tmp")) {
            for (Path p : stream) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // leftovers are harmless: they are never read
        }
    }
}
