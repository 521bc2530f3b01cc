package org.masthead.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@SecurityRequirement(name = "bearer")
public class MeResource {

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "The signed-in staff member: username, name and Masthead roles")
    public StaffMember me() {
        return StaffMember.of(identity);
    }
}
