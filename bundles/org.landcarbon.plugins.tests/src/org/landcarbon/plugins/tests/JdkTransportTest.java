package org.landcarbon.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcarbon.plugins.internal.JdkTransport;

import com.sun.net.httpserver.HttpServer;

/** The JDK transport on the three kinds of location users give: a folder, a zip and a web server (loopback). */
class JdkTransportTest {

    @TempDir
    Path tmp;
    private final JdkTransport transport = new JdkTransport();
    private final NullProgressMonitor monitor = new NullProgressMonitor();

    @Test
    void fileAndZipEntriesAreReadAndMissingOnesAreNotFound() throws Exception {
        Path file = Files.writeString(tmp.resolve("content.xml"), "<repository/>");
        assertEquals("<repository/>", read(file.toUri()));
        assertThrows(FileNotFoundException.class, () -> transport.stream(tmp.resolve("artifacts.xml").toUri(), monitor));

        Path zip = tmp.resolve("site.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write("<zipped/>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("<zipped/>", read(URI.create("jar:" + zip.toUri() + "!/content.xml")));
        assertThrows(FileNotFoundException.class, () -> transport.stream(URI.create("jar:" + zip.toUri() + "!/nope.xml"), monitor));
    }

    @Test
    void httpBodiesNotFoundAndServerErrors() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/site/content.xml", exchange -> {
            byte[] body = "<served/>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 15 Nov 1994 08:12:31 GMT");
            exchange.sendResponseHeaders(200, "HEAD".equals(exchange.getRequestMethod()) ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (!"HEAD".equals(exchange.getRequestMethod())) {
                    out.write(body);
                }
            }
        });
        server.createContext("/broken", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertEquals("<served/>", read(URI.create(base + "/site/content.xml")));
            // 1994-11-15T08:12:31Z = 784887151 s since the epoch
            assertEquals(784_887_151_000L, transport.getLastModified(URI.create(base + "/site/content.xml"), monitor));
            assertThrows(FileNotFoundException.class, () -> transport.stream(URI.create(base + "/site/content.jar"), monitor));
            CoreException e = assertThrows(CoreException.class, () -> transport.stream(URI.create(base + "/broken"), monitor));
            assertEquals(base + "/broken answered HTTP 500", e.getStatus().getMessage());

            IStatus missing = transport.download(URI.create(base + "/site/p2.index"), new ByteArrayOutputStream(), monitor);
            assertEquals(ProvisionException.ARTIFACT_NOT_FOUND, missing.getCode());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableServerIsAFailureNamingTheLocation() {
        // Port 9 (discard) on loopback: nothing listens there on a build machine.
        URI uri = URI.create("http://127.0.0.1:9/site/content.xml");
        CoreException e = assertThrows(CoreException.class, () -> transport.stream(uri, monitor));
        assertTrue(e.getStatus().getMessage().startsWith("cannot reach " + uri), e.getStatus().getMessage());
    }

    private String read(URI uri) throws Exception {
        try (InputStream in = transport.stream(uri, monitor)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
