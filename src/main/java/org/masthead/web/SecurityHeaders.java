package org.masthead.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.masthead.content.ContentConfig;
import org.masthead.web.desk.DeskImportMap;
import org.masthead.web.site.SiteConfig;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The browser rules every response carries. The public site runs no script at all; the desk runs only
 * scripts from this origin (htmx, the TipTap editor) and the one inline import map whose hash it names. No page may be framed, no page tells other sites more than our origin, and browsers are
 * told to keep to https once the public address is https.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Features no page of ours uses. */
    private static final String PERMISSIONS = String.join(", ", List.of("camera=()", "microphone=()", "geolocation=()",
            "payment=()", "usb=()"));

    /** What the public site and the API need: styles and images, players from the embed hosts, forms to ourselves. */
    private final String siteCsp;
    /** What the desk needs besides: its own scripts and the requests htmx makes to it. */
    private final String deskCsp;
    private final String hsts;

    private final DeskImportMap importMap;

    SecurityHeaders(ContentConfig content, SiteConfig site, DeskImportMap importMap) {
        this.importMap = importMap;
        String players = content.embedHosts().stream().map(host -> "https://" + host.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        String common = "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'; "
                + "img-src 'self' https: http: data:; style-src 'self'; font-src 'self'; "
                + (players.isEmpty() ? "frame-src 'none'" : "frame-src " + players);
        siteCsp = "default-src 'none'; " + common;
        // ProseMirror and htmx set style attributes from script, which CSP counts as inline styles. The only inline
        // script is the editor's import map, named by its hash once known (DeskImportMap).
        deskCsp = "default-src 'self'; script-src 'self'%s; connect-src 'self'; "
                + common.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
        hsts = hsts(site.publicUrl());
    }

    /** Strict-Transport-Security for a site whose public address is https (a year), none otherwise. */
    static String hsts(Optional<String> publicUrl) {
        return publicUrl.filter(url -> url.toLowerCase(Locale.ROOT).startsWith("https://"))
                .map(url -> "max-age=31536000; includeSubDomains").orElse(null);
    }

    /** The inline script the desk allows: the import map's hash, or any while only the locator's own script works. */
    private String deskInlineScripts() {
        if (importMap.fellBack()) {
            return " 'unsafe-inline'";
        }
        return importMap.hashSource().map(hash -> " " + hash).orElse("");
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, 10_000); // before authentication, whose redirects carry them too
    }

    private void addHeaders(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> set(context.response().headers(), path));
        context.next();
    }

    private void set(MultiMap headers, String path) {
        if (!path.startsWith("/q/")) { // Quarkus's own tools (health, OpenAPI, Swagger UI) keep their own pages
            boolean desk = path.startsWith("/admin") || path.startsWith("/_static/") || path.startsWith("/_importmap/");
            headers.set("Content-Security-Policy", desk ? String.format(deskCsp, deskInlineScripts()) : siteCsp);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Permissions-Policy", PERMISSIONS);
        headers.set("X-Frame-Options", "DENY");
        if (hsts != null) {
            headers.set("Strict-Transport-Security", hsts);
        }
    }
}
