package org.masthead.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;
import org.masthead.media.UploadsConfig;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fetches an attachment's file from the address the export gives, for files the uploads folder lacks: over http(s),
 * only from the old site's own hosts and never from a link-local address (cloud metadata), following at most three
 * redirects that stay on those hosts, within 60 seconds in all, and never reading more than the library would take.
 */
@ApplicationScoped
public class OldFiles {

    private static final Logger LOG = Logger.getLogger(OldFiles.class);
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration WHOLE = Duration.ofSeconds(60);
    private static final int REDIRECTS = 3;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NEVER).build();
    private final long maxBytes;

    OldFiles(UploadsConfig config) {
        this.maxBytes = Math.max(config.maxImageBytes(), config.maxPdfBytes());
    }

    /**
     * The file at {@code url} in a temporary file (the caller deletes it), or why it could not be had.
     *
     * @param siteHosts the hosts the export says the old site lives on; no other host is asked
     */
    Path fetch(String url, Set<String> siteHosts) throws IOException {
        CompletableFuture<Path> download = new CompletableFuture<>();
        AtomicReference<InputStream> open = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                download.complete(follow(url, siteHosts, open));
            } catch (IOException | RuntimeException e) {
                download.completeExceptionally(e);
            }
        }, "wordpress-fetch");
        worker.setDaemon(true);
        worker.start();
        try {
            return download.get(WHOLE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            close(open.get());
            download.thenAccept(OldFiles::delete);
            throw new IOException("took longer than " + WHOLE.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(open.get());
            throw new IOException("was not fetched: the import was stopped");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    private Path follow(String url, Set<String> siteHosts, AtomicReference<InputStream> open) throws IOException {
        URI address = checked(url, siteHosts);
        for (int hop = 0;; hop++) {
            HttpResponse<InputStream> response = send(address);
            try (InputStream body = response.body()) {
                open.set(body);
                int status = response.statusCode();
                if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
                    if (hop >= REDIRECTS) {
                        throw new IOException("redirects more than " + REDIRECTS + " times");
                    }
                    address = checked(address.resolve(response.headers().firstValue("Location").get()).toString(), siteHosts);
                    continue;
                }
                if (status != 200) {
                    throw new IOException("answered HTTP " + status);
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw new IOException("is " + declared + " bytes, more than the library takes");
                }
                return copy(body);
            }
        }
    }

    /** {@code url} when it is http(s) on one of the old site's hosts and does not resolve to a link-local address. */
    private static URI checked(String url, Set<String> siteHosts) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("is not an address that can be fetched");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("is not an http(s) address");
        }
        if (!siteHosts.contains(host)) {
            throw new IOException("is not on the old site's own host (" + String.join(", ", siteHosts) + "); not fetched");
        }
        for (InetAddress resolved : resolve(host)) {
            if (resolved.isLinkLocalAddress() || resolved.isMulticastAddress() || resolved.isAnyLocalAddress()) {
                throw new IOException("resolves to " + resolved.getHostAddress() + ", an address files are not fetched from");
            }
        }
        return uri;
    }

    private static InetAddress[] resolve(String host) throws IOException {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IOException("could not be reached (unknown host " + host + ")");
        }
    }

    private HttpResponse<InputStream> send(URI address) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(address).timeout(WHOLE).header("User-Agent", "Masthead WordPress import").GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("was not fetched: the import was stopped");
        } catch (IOException e) {
            throw new IOException("could not be reached (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private Path copy(InputStream body) throws IOException {
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

    private static void close(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                LOG.debugf("Closing a stalled download: %s", e.getMessage());
            }
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
