package org.masthead.security;

import java.util.Optional;


import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** The caller as staff, if they are: signed in with at least the editor role. */
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityIdentity identity;

    @Inject
    Event<StaffSeen> seen;

    private boolean told;

    public Optional<StaffMember> optional() {
        if (identity.isAnonymous() || !identity.hasRole(Roles.EDITOR)) {
            return Optional.empty();
        }
        return Optional.of(told(StaffMember.of(identity)));
    }

    /** Only for methods already guarded by @RolesAllowed. */
    public StaffMember required() {
        return told(StaffMember.of(identity));
    }

    /** Once a request, off the request's thread: who uses the desk is written down for notifications. */
    private StaffMember told(StaffMember member) {
        if (!told) {
            told = true;
            seen.fireAsync(new StaffSeen(member));
        }
        return member;
    }
}
