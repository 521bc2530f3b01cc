package org.masthead.security;

import java.util.Optional;


import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The caller as staff, if they are: signed in with at least the editor role. */
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityIdentity identity;

    public Optional<StaffMember> optional() {
        if (identity.isAnonymous() || !identity.hasRole(Roles.EDITOR)) {
            return Optional.empty();
        }
        return Optional.of(StaffMember.of(identity));
    }

    /** Only for methods already guarded by @RolesAllowed. */
    public StaffMember required() {
        return StaffMember.of(identity);
    }
}
