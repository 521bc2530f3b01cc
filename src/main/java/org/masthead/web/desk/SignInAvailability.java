package org.masthead.web.desk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether Keycloak answers, checked every few seconds in the background. While it does not, staff who are not signed
 * in yet get a page saying sign-in is unavailable for a minute, instead of a redirect to a host that does not answer.
 * Those already signed in carry on (their session is checked here, against keys already fetched); readers never
 * notice.
 */
@ApplicationScoped
public class SignInAvailability {

    private static final Logger LOG = Logger.getLogger(SignInAvailability.class);
    private static final String RETRY_AFTER = "60";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Optional<URI> discovery;
    private volatile boolean available = true;

    SignInAvailability(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServer) {
        this.discovery = authServer.map(url -> URI.create(url.replaceAll("/+$", "") + "/.well-known/openid-configuration"));
    }

    @Scheduled(every = "${masthead.sign-in.check-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (discovery.isEmpty()) {
            return;
        }
        boolean now;
        try {
            now = http.send(HttpRequest.newBuilder(discovery.get()).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            now = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (now != available) {
            if (now) {
                LOG.infof("Keycloak at %s answers again: staff can sign in", discovery.get());
            } else {
                LOG.warnf("Keycloak at %s does not answer: staff who are not signed in are asked to try again shortly",
                        discovery.get());
            }
        }
        available = now;
    }

    public boolean available() {
        return available;
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseSignInWhileDown, 9_000); // after the security headers, before authentication
    }

    private void refuseSignInWhileDown(RoutingContext routing) {
        String path = routing.normalizedPath();
        boolean desk = path.equals("/admin") || path.startsWith("/admin/");
        if (available || !desk || routing.request().getCookie("q_session") != null) {
            routing.next();
            return;
        }
        routing.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("Retry-After", RETRY_AFTER)
                .end("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign-in is unavailable · Masthead</title>"
                        + "<link rel=\"stylesheet\" href=\"/admin-assets/admin.css\"></head><body><main class=\"wrap\">"
                        + "<h1>Sign-in is unavailable</h1><p class=\"message problem\">The sign-in service does not answer just now. "
                        + "Try again in a minute; the public site is not affected.</p>"
                        + "<p><a href=\"/admin\">Try again</a></p></main></body></html>");
    }
}
