package org.masthead.web.desk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The editor's import map, written into the page as an inline {@code <script type="importmap">} whose SHA-256 the
 * desk's Content-Security-Policy names, so that the desk runs no inline script but that one. The map itself is the one
 * quarkus-web-dependency-locator builds (it serves it as a script that inserts it): read once from this server, over
 * loopback, the first time an editor page is rendered. Should that fail, the page falls back to the locator's script,
 * and the desk's policy to allowing inline scripts; the log says so once.
 */
@Named("importMap")
@ApplicationScoped
public class DeskImportMap {

    private static final Logger LOG = Logger.getLogger(DeskImportMap.class);
    private static final String LOCATOR = "/_importmap/generated_importmap.js";

    /** How the map was had: not yet asked for, had (with its hash), or not to be had. */
    private volatile String json;
    private volatile String hashSource;
    private volatile boolean failed;

    private final CurrentVertxRequest request;
    private final ObjectMapper mapper;

    DeskImportMap(CurrentVertxRequest request, ObjectMapper mapper) {
        this.request = request;
        this.mapper = mapper;
    }

    /** The import map as compact JSON, for {@code {inject:importMap.json.raw}}; null when only the fallback works. */
    public String getJson() {
        if (json == null && !failed) {
            load();
        }
        return json;
    }

    /** The CSP source that lets exactly this map run ("'sha256-…'"), once it is known. */
    public Optional<String> hashSource() {
        return Optional.ofNullable(hashSource);
    }

    /** Whether pages fell back to the locator's own script, which needs inline scripts allowed. */
    public boolean fellBack() {
        return failed;
    }

    private synchronized void load() {
        if (json != null || failed) {
            return;
        }
        try {
            int port = request.getCurrent().request().localAddress().port();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LOCATOR))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            String text = script.body();
            int start = text.indexOf("JSON.stringify(");
            int end = text.lastIndexOf(");", text.indexOf("document.currentScript"));
            if (script.statusCode() != 200 || start < 0 || end < start) {
                throw new IOException("unexpected answer from " + LOCATOR + " (HTTP " + script.statusCode() + ")");
            }
            String compact = mapper.writeValueAsString(mapper.readTree(text.substring(start + "JSON.stringify(".length(), end)));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(compact.getBytes(StandardCharsets.UTF_8));
            hashSource = "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
            json = compact;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            failed = true;
            LOG.warnf("The editor's import map could not be read from %s (%s): editor pages use the locator's script, and the"
                    + " desk allows inline scripts", LOCATOR, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
