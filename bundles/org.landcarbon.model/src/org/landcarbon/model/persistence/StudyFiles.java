package org.landcarbon.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
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
import org.landcarbon.model.text.Limits;
import org.landcarbon.model.text.Texts;
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

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /** Rethrows errors (they become our message), ignores warnings, prints nothing. */
    private static final org.xml.sax.ErrorHandler SILENT = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // nothing a user can act on
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** Threads of one JVM queue here; the lock file serializes processes (file locks are held per process). */
    private static final Object SAVE_LOCK = new Object();

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
        checkText(file, bytes);
        Study current = OnePassLoad.load(file, bytes);
        if (current != null) {
            LoadedFrom.set(current, file, FileStamp.of(file, bytes));
            return current;
        }
        byte[] original = bytes;
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
        LoadedFrom.set(study, file, FileStamp.of(file, original));
        return study;
    }

    /**
     * What the file was when {@code study} was loaded from it (or last saved to it), for the check of
     * {@link #save(Study, Path, FileStamp)}; empty for a study that did not come from a file.
     */
    public static java.util.Optional<FileStamp> stampOf(Study study) {
        LoadedFrom from = LoadedFrom.of(study);
        return from == null ? java.util.Optional.empty() : java.util.Optional.of(from.stamp);
    }

    /** The format version a file declares (1 when it declares none), without loading it. */
    public static int formatVersion(Path file) throws StudyFileException {
        return formatVersion(file, read(file));
    }

    private static byte[] read(Path file) throws StudyFileException {
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_STUDY_FILE_BYTES) {
                throw new StudyFileException(file, "file too large: " + Limits.bytes(size) + ", the limit for a study file is "
                        + Limits.bytes(Limits.MAX_STUDY_FILE_BYTES), null);
            }
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
            throw new StudyFileException(file, "cannot read: " + ioReason(e), e);
        }
    }

    /** Reads the root element only, with a parser that does not process DTDs. */
    private static int formatVersion(Path file, byte[] bytes) throws StudyFileException {
        checkText(file, bytes);
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
                    int version;
                    try {
                        version = v == null ? 1 : Integer.parseInt(v.strip()); // version 1 files did not write it
                    } catch (NumberFormatException e) {
                        throw new StudyFileException(file, reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber(),
                                "formatVersion \"" + Texts.cut(v) + "\" is not a whole number", e);
                    }
                    checkDepth(file, reader);
                    return version;
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

    /**
     * A study file is UTF-8 text (unless its XML declaration names another encoding). Checked before any XML parser
     * sees the bytes: the JDK's parsers print "[Fatal Error] ..." to stderr on a byte that is not in the encoding.
     */
    private static void checkText(Path file, byte[] bytes) throws StudyFileException {
        int n = Math.min(bytes.length, 4096);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                throw new StudyFileException(file, "not a study file: it holds binary data (NUL bytes), not XML text", null);
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher declared = java.util.regex.Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)").matcher(head);
        if (declared.find() && !declared.group(1).equalsIgnoreCase("UTF-8")) {
            return; // the parser reads the declared encoding
        }
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = utf8.decode(in, out, true);
            if (r.isError()) {
                int line = 1;
                for (int i = 0; i < in.position(); i++) {
                    line += bytes[i] == '\n' ? 1 : 0;
                }
                throw new StudyFileException(file, line, -1, "not a study file: line " + line
                        + " is not UTF-8 text (binary data, or text in another encoding)", null);
            }
            if (r.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    /**
     * Reads on from the root element to refuse nesting deeper than {@link Limits#MAX_XML_DEPTH} before EMF builds
     * anything; a syntax error found here is left for EMF's own message, which names the problem in model terms.
     */
    private static void checkDepth(Path file, XMLStreamReader reader) throws StudyFileException {
        int depth = 1;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && ++depth > Limits.MAX_XML_DEPTH) {
                    throw new StudyFileException(file, reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber(),
                            "elements nested more than " + Limits.MAX_XML_DEPTH + " deep (the limit; a study nests 4 deep)", null);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            if (depth >= Limits.MAX_XML_DEPTH) { // the JDK's parser has a depth limit of its own
                throw new StudyFileException(file, e.getLocation() == null ? -1 : e.getLocation().getLineNumber(), -1,
                        "elements nested more than " + Limits.MAX_XML_DEPTH + " deep (the limit; a study nests 4 deep)", null);
            }
            // anything else is reported by EMF's parser below, with the study model's terms
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
            builder.setErrorHandler(SILENT); // the default handler prints "[Fatal Error] ..." to stderr
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
            throw new StudyFileException(file, e.getLineNumber(), e.getColumnNumber(), "not well-formed XML: " + stripLocation(e.getMessage()), e);
        } catch (SAXException | IOException | ParserConfigurationException | TransformerException e) {
            throw new StudyFileException(file, "cannot migrate from format version " + version + ": " + stripLocation(e.getMessage()), e);
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
                    problem = "not well-formed XML: " + stripLocation(sax.getMessage());
                    break;
                }
            }
            problem += more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : "";
            return new StudyFileException(file, first.getLine(), first.getColumn(), problem, thrown);
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return new StudyFileException(file, sax.getLineNumber(), sax.getColumnNumber(), "not well-formed XML: " + stripLocation(sax.getMessage()), thrown);
            }
            if (t instanceof XMIException xmi) {
                return new StudyFileException(file, xmi.getLine(), xmi.getColumn(), stripLocation(xmi.getMessage()), thrown);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String message = thrown == null ? "cannot be read" : stripLocation(thrown.getMessage());
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
            return Texts.quote(String.valueOf(illegal.getValue())) + " is not a valid value for " + feature.getName() + owner + ": expected " + expected;
        }
        if (error instanceof FeatureNotFoundException notFound) {
            return "unknown element or attribute " + Texts.quote(notFound.getName()) + " (not part of the study model; misspelled?)";
        }
        return stripLocation(error.getMessage());
    }

    /** EMF appends " (uri, line, column)" to its messages; the exception carries those separately. */
    private static String stripLocation(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String m = Texts.withoutClassNames(message).replaceFirst("\\s*\\((file|platform|archive|bundle|http)[^()]*,\\s*-?\\d+,\\s*-?\\d+\\)\\s*$", "");
        m = m.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return m.strip();
    }

    // ---------------------------------------------------------------- save

    /**
     * Saves atomically: serialize in memory, write {@code .<name>.<pid>.<random>.tmp} in the same folder, force it
     * to disk, keep the current file as {@code <file>.bak}, rename the temporary file over the file. A process killed
     * at any point leaves the old or the new complete file. Sets {@link Study#setFormatVersion} to the current one.
     *
     * <p>When {@code study} was loaded from (or last saved to) this file, the save is refused with a
     * {@link StudyChangedException} if the file changed on disk since: see {@link #save(Study, Path, FileStamp)}.
     */
    public static void save(Study study, Path file) throws IOException {
        LoadedFrom from = LoadedFrom.of(study);
        FileStamp expected = from != null && from.file.equals(file.toAbsolutePath().normalize()) ? from.stamp : null;
        FileStamp written = save(study, file, expected);
        LoadedFrom.set(study, file, written);
    }

    /**
     * Saves atomically as {@link #save(Study, Path)}, holding the advisory lock {@code .<name>.lock} in the folder
     * while it checks and writes. With {@code expected} (what the file was when it was read), the save is refused
     * with a {@link StudyChangedException} when the file on disk is no longer that (another writer saved it, or it was
     * deleted); {@code null} overwrites whatever is there. Temporary files are removed only by the save that wrote them.
     *
     * @return the stamp of the file as written, the {@code expected} of the next save
     */
    public static FileStamp save(Study study, Path file, FileStamp expected) throws IOException {
        byte[] bytes = toBytes(study);
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StudyFileException(file, "the folder " + dir + " does not exist", null);
        }
        String name = target.getFileName().toString();
        synchronized (SAVE_LOCK) {
            try (FileChannel lockChannel = FileChannel.open(dir.resolve("." + name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); java.nio.channels.FileLock lock = acquire(lockChannel, file)) {
                if (expected != null && !expected.sameContent(FileStamp.current(target))) {
                    throw new StudyChangedException(file, !Files.exists(target));
                }
                write(bytes, target, dir, name);
                return FileStamp.of(target, bytes);
            } catch (StudyFileException e) {
                throw e;
            } catch (IOException e) {
                throw new StudyFileException(file, "cannot save: " + ioReason(e) + "; the file on disk is untouched", e);
            }
        }
    }

    // Another process saving the same study holds the lock for a few milliseconds; wait up to 10 s for it.
    private static java.nio.channels.FileLock acquire(FileChannel channel, Path file) throws IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new StudyFileException(file, "another program has been saving this study for 10 s (its lock file ."
                        + file.getFileName() + ".lock is held); nothing was saved", null);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting to save " + file);
            }
        }
    }

    private static void write(byte[] bytes, Path target, Path dir, String name) throws IOException {
        // pid and a random number; createFile refuses a name that exists, so no SecureRandom (its start costs every load)
        long random = java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1;
        String unique = ProcessHandle.current().pid() + "." + Long.toHexString(random);
        // not Files.createTempFile: its owner-only permissions would end up on the study file
        Path temp = Files.createFile(dir.resolve("." + name + "." + unique + ".tmp"));
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
                backupTemp = dir.resolve("." + name + ".bak." + unique + ".tmp");
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

    /** An I/O failure in the user's terms, naming no hidden temporary file: "permission denied", "no space left". */
    static String ioReason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (the folder or file is read-only or belongs to another user)";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : Texts.withoutClassNames(e.getMessage());
        return m.replaceAll("\\S*\\.tmp\\b", "a temporary file");
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
}
