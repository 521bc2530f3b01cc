package org.masthead.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jboss.logging.Logger;
import org.masthead.media.UploadsConfig;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fetches an attachment's file from the address the export gives, for files the uploads folder lacks: over http(s),
 * following redirects, giving up after a short wait, and never reading more than the library would take.
 */
@ApplicationScoped
public class OldFiles {

    private static final Logger LOG = Logger.getLogger(OldFiles.class);
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration WHOLE = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NORMAL).build();
    private final long maxBytes;

    OldFiles(UploadsConfig config) {
        this.maxBytes = Math.max(config.maxImageBytes(), config.maxPdfBytes());
    }

    /** The file at {@code url} in a temporary file (the caller deletes it), or why it could not be had. */
    Path fetch(String url) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(WHOLE).header("User-Agent", "Masthead WordPress import").GET().build();
        } catch (IllegalArgumentException e) {
            throw new IOException("is not an address that can be fetched");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("was not fetched: the import was stopped");
        } catch (IOException e) {
            throw new IOException("could not be reached (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("answered HTTP " + response.statusCode());
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new IOException("is " + declared + " bytes, more than the library takes");
            }
            Path file = Files.createTempFile("masthead-wordpress-", ".file");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = body.read(buffer)) > 0;) {
                    total += n;
                    if (total > maxBytes) {
                        throw new IOException("is more than " + maxBytes + " bytes, more than the library takes");
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                delete(file);
                throw e;
            }
            return file;
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debugf("Could not delete %s: %s", file, e.getMessage());
        }
    }
}
