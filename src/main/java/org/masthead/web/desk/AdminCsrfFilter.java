package org.masthead.web.desk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Refuses any state-changing request to /admin whose form does not carry the caller's CSRF token.
 * The JSON API is not covered: it takes bearer tokens, which a forged cross-site form cannot send.
 */
public class AdminCsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> verify(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        String path = routing.normalizedPath();
        if (!(path.equals("/admin") || path.startsWith("/admin/")) || SAFE.contains(request.getMethod())) {
            return Optional.empty();
        }
        Cookie cookie = routing.request().getCookie(CsrfToken.COOKIE);
        Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(CsrfToken.FIELD, true, false);
        String sent = field == null ? null : field.toString();
        if (cookie == null || sent == null || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE + ";charset=UTF-8")
                    .entity("This form has expired or did not come from Masthead. Go back, reload the page and try again.")
                    .build());
        }
        return Optional.empty();
    }
}
