package org.masthead.web.desk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The admin desk's CSRF token: an HMAC of the signed-in person's Keycloak session, so it is worth nothing in another
 * session and changes at every sign-in. Every form carries it in a hidden field, and it is also set as a
 * {@code __Host-} cookie (Secure, HttpOnly, SameSite=Strict, whole host) for a double check. Templates read it as
 * {@code {inject:csrf.token}}; {@link AdminCsrfFilter} checks every state-changing admin request.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    /** A {@code __Host-} cookie is refused by browsers unless Secure, for the whole host and set by it alone. */
    public static final String COOKIE = "__Host-masthead-csrf";
    public static final String FIELD = "_csrf";

    /** The key the tokens are signed with: derived from the OIDC client secret, which every instance shares. */
    @ApplicationScoped
    static class Key {

        private final SecretKeySpec key;

        Key(@ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> clientSecret) {
            byte[] material;
            if (clientSecret.isPresent() && !clientSecret.get().isBlank()) {
                material = sha256(("masthead desk csrf\n" + clientSecret.get()).getBytes(StandardCharsets.UTF_8));
            } else {
                material = new byte[32];
                new SecureRandom().nextBytes(material);
            }
            this.key = new SecretKeySpec(material, "HmacSHA256");
        }

        /** The token of one person's session; empty for a caller without one (anonymous). */
        Optional<String> of(SecurityIdentity identity) {
            if (identity == null || identity.isAnonymous()) {
                return Optional.empty();
            }
            String session = identity.getPrincipal().getName();
            if (identity.getPrincipal() instanceof JsonWebToken token) {
                Object sid = token.getClaim("sid");
                session = token.getSubject() + "\n" + (sid != null ? sid : token.getClaim("auth_time") + "\n" + token.getIssuedAtTime());
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return Optional.of(Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8))));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private static byte[] sha256(byte[] bytes) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(bytes);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    RoutingContext routing;

    @Inject
    SecurityIdentity identity;

    @Inject
    Key key;

    private String token;

    /** The caller's token, setting the cookie when it does not carry this session's yet (the first page after sign-in). */
    public String getToken() {
        if (token == null) {
            token = key.of(identity).orElse("");
            Cookie existing = routing.request().getCookie(COOKIE);
            if (!token.isEmpty() && (existing == null || !existing.getValue().equals(token))) {
                routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT).setSecure(true));
            }
        }
        return token;
    }

    public String getFieldName() {
        return FIELD;
    }
}
