package org.masthead.web.desk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Refuses any state-changing request to /admin whose form does not carry the CSRF token of the caller's session, in
 * the field and in the cookie alike. The JSON API is not covered: it takes bearer tokens, which a forged cross-site
 * form cannot send.
 */
public class AdminCsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CsrfToken.Key key;

    AdminCsrfFilter(CsrfToken.Key key) {
        this.key = key;
    }

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
        // /admin requires sign-in, so the permission check has established who this is before any filter runs
        Optional<String> expected = routing.user() instanceof QuarkusHttpUser user ? key.of(user.getSecurityIdentity())
                : Optional.empty();
        if (cookie == null || sent == null || expected.isEmpty() || !same(expected.get(), sent) || !same(expected.get(), cookie.getValue())) {
            return Optional.of(Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE + ";charset=UTF-8")
                    .entity("This form has expired or did not come from Masthead. Go back, reload the page and try again.")
                    .build());
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
