package org.masthead.security;

import java.util.LinkedHashSet;
import java.util.Set;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives every signed-in person the roles their role includes (admin ⊇ reviewer ⊇ editor), on the desk and the API
 * alike, so that a realm whose roles were created flat works as one with composite roles.
 */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(withIncludedRoles(identity));
    }

    static SecurityIdentity withIncludedRoles(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return identity;
        }
        Set<String> included = new LinkedHashSet<>();
        for (String role : identity.getRoles()) {
            included.addAll(Roles.withIncluded(role));
        }
        included.removeAll(identity.getRoles());
        if (included.isEmpty()) {
            return identity;
        }
        return QuarkusSecurityIdentity.builder(identity).addRoles(included).build();
    }
}
