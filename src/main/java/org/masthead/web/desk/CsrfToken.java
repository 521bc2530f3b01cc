package org.masthead.web.desk;

import java.security.SecureRandom;
import java.util.Base64;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The admin desk's CSRF token (double-submit: an HttpOnly SameSite=Strict cookie scoped to
 * /admin, and the same value in a hidden field of every form). Templates read it as
 * {@code {inject:csrf.token}}; {@link AdminCsrfFilter} checks every state-changing admin request.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "masthead-csrf";
    public static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext routing;

    private String token;

    /** The caller's token, issuing a new cookie if they have none yet. */
    public String getToken() {
        if (token == null) {
            Cookie existing = routing.request().getCookie(COOKIE);
            if (existing != null && !existing.getValue().isBlank()) {
                token = existing.getValue();
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/admin").setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL()));
            }
        }
        return token;
    }

    public String getFieldName() {
        return FIELD;
    }
}
