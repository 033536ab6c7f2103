package org.landcarbon.plugins.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.ProvisionException;

/**
 * p2's download service on the JDK alone: http(s) through java.net.http, file: and jar:file: (a zipped
 * repository) through URL connections. It replaces p2's ECF transport, which is not on Maven Central.
 */
public final class JdkTransport extends Transport {

    static final String BUNDLE = "org.landcarbon.plugins";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(TIMEOUT).build();

    @Override
    public IStatus download(URI uri, OutputStream target, IProgressMonitor monitor) {
        try (InputStream in = stream(uri, monitor)) {
            in.transferTo(target);
            return Status.OK_STATUS;
        } catch (FileNotFoundException e) {
            return new Status(IStatus.ERROR, BUNDLE, ProvisionException.ARTIFACT_NOT_FOUND, "not found: " + uri, e);
        } catch (CoreException e) {
            return e.getStatus();
        } catch (IOException e) {
            return new Status(IStatus.ERROR, BUNDLE, ProvisionException.REPOSITORY_FAILED_READ,
                    "cannot read " + uri + ": " + e, e);
        }
    }

    @Override
    public InputStream stream(URI uri, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
        if (isHttp(uri)) {
            HttpResponse<InputStream> response = send(uri, "GET");
            return response.body();
        }
        try {
            URLConnection connection = uri.toURL().openConnection();
            connection.setUseCaches(false); // a cached jar: connection would keep a replaced zip open
            return connection.getInputStream();
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new FileNotFoundException(uri.toString());
        } catch (IOException | IllegalArgumentException e) {
            throw failure(uri, e);
        }
    }

    @Override
    public long getLastModified(URI uri, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
        if (isHttp(uri)) {
            HttpResponse<InputStream> response = send(uri, "HEAD");
            close(response);
            return response.headers().firstValue("Last-Modified").map(JdkTransport::httpDate).orElse(0L);
        }
        try {
            URLConnection connection = uri.toURL().openConnection();
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                return connection.getLastModified();
            }
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new FileNotFoundException(uri.toString());
        } catch (IOException | IllegalArgumentException e) {
            throw failure(uri, e);
        }
    }

    private HttpResponse<InputStream> send(URI uri, String method) throws FileNotFoundException, CoreException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw failure(uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(uri, e);
        }
        int code = response.statusCode();
        if (code == 404 || code == 410) {
            close(response);
            throw new FileNotFoundException(uri.toString());
        }
        if (code >= 400) {
            close(response);
            throw new CoreException(new Status(IStatus.ERROR, BUNDLE, ProvisionException.REPOSITORY_FAILED_READ,
                    uri + " answered HTTP " + code, null));
        }
        return response;
    }

    private static long httpDate(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return 0L; // unknown: p2 then downloads again rather than trusting its cache
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // the status code already says what went wrong
        }
    }

    private static CoreException failure(URI uri, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new CoreException(new Status(IStatus.ERROR, BUNDLE, ProvisionException.REPOSITORY_FAILED_READ,
                "cannot reach " + uri + ": " + why, e));
    }

    private static boolean isHttp(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
    }
}
