package org.masthead.security;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.mutiny.Uni;

/**
 * The realm issues tokens to every client it knows; the API accepts only those issued to Masthead: the token's
 * audience names the API's client id, or Masthead's client is the party it was issued to (azp). Another client
 * that calls the API gets an audience mapper for masthead-web in the realm, Keycloak's usual way.
 */
@ApplicationScoped
public class ApiTokenAudience implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(ApiTokenAudience.class);

    /** masthead.api.*: who API tokens must be for. */
    @ConfigMapping(prefix = "masthead.api")
    public interface ApiConfig {

        /** The client id an API token must name as audience or authorized party; Masthead's own client by default. */
        @WithDefault("${quarkus.oidc.client-id}")
        String audience();
    }

    private final String audience;

    ApiTokenAudience(ApiConfig config) {
        this.audience = config.audience();
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!"api".equals(identity.getAttribute("tenant-id")) || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (issuedToMasthead(token.getAudience(), token.getClaim("azp"), audience)) {
            return Uni.createFrom().item(identity);
        }
        LOG.debugf("API token of %s refused: issued to %s for %s, not %s", token.getName(), token.getClaim("azp"),
                token.getAudience(), audience);
        return Uni.createFrom().failure(new AuthenticationFailedException("the token was not issued to " + audience));
    }

    static boolean issuedToMasthead(Set<String> tokenAudience, Object authorizedParty, String audience) {
        return tokenAudience != null && tokenAudience.contains(audience) || audience.equals(authorizedParty);
    }
}
