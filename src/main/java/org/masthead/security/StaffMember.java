package org.masthead.security;

import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is acting, as the admin UI and the API show it: the Keycloak username, a display name and
 * the Masthead roles the token carries.
 */
public record StaffMember(String username, String displayName, String email, List<String> roles) {

    public static StaffMember of(SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        String displayName = username;
        String email = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            username = firstNonBlank(token.getClaim("preferred_username"), username);
            displayName = firstNonBlank(token.getClaim("name"), username);
            email = token.getClaim("email");
        }
        List<String> roles = Roles.ALL.stream().filter(identity::hasRole).toList();
        return new StaffMember(username, displayName, email, roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * The check every service repeats behind the resource's {@code @RolesAllowed}, so that the
     * desk, the API and the scheduler obey the same rule: "{@code what} needs the {@code role} role".
     */
    public void require(String role, String what) {
        if (!hasRole(role)) {
            throw new ForbiddenException(what + " needs the " + role + " role");
        }
    }

    private static String firstNonBlank(Object value, String fallback) {
        return value instanceof String text && !text.isBlank() ? text : fallback;
    }
}
